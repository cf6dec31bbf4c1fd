/**
 * A compact's updates to its champions and members: sent and listed in the workspace (the
 * mails go by each person's e-mail preference, from compact-service), and the public ones
 * on the public site.
 */
@NullMarked
package org.compacts.portal.update;

import org.jspecify.annotations.NullMarked;
