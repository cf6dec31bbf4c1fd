/**
 * The gateway: the platform's one entry point. Routes each path to its service and
 * reports the health of the whole platform.
 */
@NullMarked
package org.compacts.gateway;

import org.jspecify.annotations.NullMarked;
