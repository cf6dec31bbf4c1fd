package org.compacts.tenant.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.compacts.servicekit.security.TenantRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The stored invitations, by the hash of their token. */
@Repository
class Invitations {

	private static final String COLUMNS = "id, tenant_slug, email, role, invited_by, created_at, expires_at,"
			+ " accepted_at, accepted_by";

	/**
	 * Neither accepted, revoked nor expired at the instant given as the last parameter.
	 */
	private static final String OPEN = "accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?";

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores an open invitation, or, when the address has one open for this tenant and
	 * role already, replaces its token, inviter and dates (in one statement, so two at
	 * once still leave one).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Invitation open(String tenant, String email, TenantRole role, String tokenHash, String invitedBy, Instant createdAt,
			Instant expiresAt) {
		return jdbc.sql("INSERT INTO invitation (id, tenant_slug, email, role, token_hash, invited_by, created_at,"
				+ " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
				+ " ON CONFLICT (tenant_slug, lower(email), role) WHERE accepted_at IS NULL AND revoked_at IS NULL DO UPDATE SET"
				+ " email = EXCLUDED.email, token_hash = EXCLUDED.token_hash, invited_by = EXCLUDED.invited_by,"
				+ " created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at RETURNING " + COLUMNS)
			.params(UUID.randomUUID(), tenant, email, role.groupName(), tokenHash, invitedBy, Timestamp.from(createdAt),
					Timestamp.from(expiresAt))
			.query(Invitations::invitation)
			.single();
	}

	/**
	 * The invitation with this token hash, provided it is neither accepted nor expired.
	 */
	Optional<Invitation> findOpen(String tokenHash, Instant now) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM invitation" + " WHERE token_hash = ? AND " + OPEN)
			.params(tokenHash, Timestamp.from(now))
			.query(Invitations::invitation)
			.optional();
	}

	/**
	 * As {@link #findOpen}, locked until the transaction ends: one acceptance at a time.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Invitation> findOpenForUpdate(String tokenHash, Instant now) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM invitation" + " WHERE token_hash = ? AND " + OPEN + " FOR UPDATE")
			.params(tokenHash, Timestamp.from(now))
			.query(Invitations::invitation)
			.optional();
	}

	/** The tenant's open invitations, newest first. */
	List<Invitation> openIn(String tenant, Instant now) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM invitation WHERE tenant_slug = ? AND " + OPEN
					+ " ORDER BY created_at DESC, email")
			.params(tenant, Timestamp.from(now))
			.query(Invitations::invitation)
			.list();
	}

	/** Revokes the tenant's open invitation of this id; false when it has no such one. */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean revoke(String tenant, UUID id, String revokedBy, Instant now) {
		return jdbc
			.sql("UPDATE invitation SET revoked_at = ?, revoked_by = ? WHERE tenant_slug = ? AND id = ? AND " + OPEN)
			.params(Timestamp.from(now), revokedBy, tenant, id, Timestamp.from(now))
			.update() == 1;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void accepted(UUID id, String acceptedBy, Instant acceptedAt) {
		jdbc.sql("UPDATE invitation SET accepted_at = ?, accepted_by = ? WHERE id = ? AND accepted_at IS NULL")
			.params(Timestamp.from(acceptedAt), acceptedBy, id)
			.update();
	}

	private static Invitation invitation(ResultSet rs, int row) throws SQLException {
		return new Invitation(rs.getObject("id", UUID.class), rs.getString("tenant_slug"), rs.getString("email"),
				TenantRole.ofGroupName(rs.getString("role")).orElseThrow(), rs.getString("invited_by"),
				instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "accepted_at"),
				rs.getString("accepted_by"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
