/**
 * A followed compact's view of its followers (a county's districts; national's counties
 * and their districts): each follower against each shared item the compact published,
 * whether it holds the version in force, and how long since publication, read from
 * sync-service and named from compact-service and tenant-service.
 */
@NullMarked
package org.compacts.portal.federation;

import org.jspecify.annotations.NullMarked;
