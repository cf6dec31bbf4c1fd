/**
 * A compact's members and invitations, for its tenant admins: who holds which role,
 * changing it, removing someone, inviting by e-mail and revoking an invitation not yet
 * accepted. tenant-service keeps the rules (never the last tenant admin); these pages
 * show them.
 */
package org.compacts.portal.members;
