/**
 * Invitations into a compact by e-mail. A tenant admin invites an address to a role; the
 * address receives a link holding a random token (only its SHA-256 is stored); the person
 * who signs in with that address and follows the link accepts, and the
 * {@link org.compacts.tenant.membership.Directory} gives them the role, which their
 * tokens carry from the next one they get. An invitation is open for seven days and is
 * used once; re-inviting the same address to the same role replaces the open invitation
 * (the old link dies).
 */
@NullMarked
package org.compacts.tenant.invitation;

import org.jspecify.annotations.NullMarked;
