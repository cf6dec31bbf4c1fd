package org.compacts.servicekit.security;

import java.util.Locale;
import java.util.Optional;

/**
 * A person's role in one compact, weakest first: each role can do what the roles before
 * it can.
 */
public enum TenantRole {

	MEMBER, CHAMPION, EDITOR, TENANT_ADMIN;

	/**
	 * As the realm's groups name it: {@code tenant-admin}, {@code editor},
	 * {@code champion}, {@code member}.
	 */
	public String groupName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public boolean includes(TenantRole other) {
		return compareTo(other) >= 0;
	}

	public static Optional<TenantRole> ofGroupName(String name) {
		for (TenantRole role : values()) {
			if (role.groupName().equals(name)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
