package org.compacts.tenant.membership;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.compacts.servicekit.security.Membership;
import org.compacts.servicekit.security.TenantRole;
import org.compacts.tenant.registry.TenantLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing who holds which role in a compact, never leaving it without a tenant admin.
 * The roles live in the identity provider, which cannot check that rule across two
 * requests, so each change holds the compact's lock in PostgreSQL while it reads the
 * members and writes: two admins demoting each other at once cannot both succeed.
 */
@Service
class Memberships {

	private static final Logger log = LoggerFactory.getLogger(Memberships.class);

	private final Directory directory;

	private final TenantLookup tenants;

	private final JdbcClient jdbc;

	Memberships(Directory directory, TenantLookup tenants, JdbcClient jdbc) {
		this.directory = directory;
		this.tenants = tenants;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<Member> of(String slug) {
		requireTenant(slug);
		return directory.members(slug);
	}

	/**
	 * Leaves the member with exactly this role in the compact: the new one is given
	 * before the others are taken, so a failure half way leaves them a member.
	 */
	@Transactional
	void change(String slug, String username, TenantRole role) {
		requireTenant(slug);
		lock(slug);
		List<Member> members = directory.members(slug);
		Set<TenantRole> held = rolesOf(members, username);
		if (held.isEmpty()) {
			throw MembershipRefused.notInCompact(slug, username);
		}
		if (held.contains(TenantRole.TENANT_ADMIN) && role != TenantRole.TENANT_ADMIN
				&& isLastTenantAdmin(members, username)) {
			throw MembershipRefused.lastTenantAdmin(slug, true);
		}
		String userId = directory.findByUsername(username)
			.orElseThrow(() -> MembershipRefused.notInCompact(slug, username))
			.id();
		directory.add(userId, new Membership(slug, role));
		held.stream()
			.filter(other -> other != role)
			.forEach(other -> directory.remove(userId, new Membership(slug, other)));
		log.info("{} of {} now holds the role {}", username, slug, role.groupName());
	}

	/** Takes one role away; false when the person did not hold it. */
	@Transactional
	boolean remove(String slug, String username, TenantRole role) {
		requireTenant(slug);
		lock(slug);
		List<Member> members = directory.members(slug);
		if (!rolesOf(members, username).contains(role)) {
			return false;
		}
		if (role == TenantRole.TENANT_ADMIN && isLastTenantAdmin(members, username)) {
			throw MembershipRefused.lastTenantAdmin(slug, false);
		}
		return directory.findByUsername(username)
			.map(user -> directory.remove(user.id(), new Membership(slug, role)))
			.orElse(false);
	}

	private void requireTenant(String slug) {
		if (tenants.find(slug).isEmpty()) {
			throw MembershipRefused.noSuchTenant(slug);
		}
	}

	/** Held until the transaction ends; only membership changes of this compact wait. */
	private void lock(String slug) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("members:" + slug).query().listOfRows();
	}

	private static Set<TenantRole> rolesOf(List<Member> members, String username) {
		return members.stream()
			.filter(member -> member.username().equals(username))
			.map(Member::role)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(TenantRole.class)));
	}

	private static boolean isLastTenantAdmin(List<Member> members, String username) {
		return members.stream()
			.noneMatch(member -> member.role() == TenantRole.TENANT_ADMIN && !member.username().equals(username));
	}

}
