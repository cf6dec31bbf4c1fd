package org.compacts.tenant.invitation;

import java.time.Instant;
import java.util.UUID;

import org.compacts.servicekit.security.TenantRole;

/**
 * An invitation as stored: to whom, into which compact and role, by whom, until when;
 * accepted or not.
 */
record Invitation(UUID id, String tenant, String email, TenantRole role, String invitedBy, Instant createdAt,
		Instant expiresAt, Instant acceptedAt, String acceptedBy) {
}
