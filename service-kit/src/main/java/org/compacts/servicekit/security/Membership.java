package org.compacts.servicekit.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;

/**
 * One person's role in one compact. In Keycloak it is the group
 * {@code /tenants/{tenant}/{role}}; in a token, a path in the {@code memberships} claim;
 * in Spring Security, the authority {@code tenant:{tenant}:{role}}.
 */
public record Membership(String tenant, TenantRole role) implements GrantedAuthority {

	private static final String GROUP_PREFIX = "/tenants/";

	private static final String AUTHORITY_PREFIX = "tenant:";

	public String groupPath() {
		return GROUP_PREFIX + tenant + "/" + role.groupName();
	}

	@Override
	public String getAuthority() {
		return AUTHORITY_PREFIX + tenant + ":" + role.groupName();
	}

	/**
	 * A group path as Keycloak writes it into the token, or empty for any other group.
	 */
	public static Optional<Membership> ofGroupPath(String path) {
		if (path == null || !path.startsWith(GROUP_PREFIX)) {
			return Optional.empty();
		}
		String[] parts = path.substring(GROUP_PREFIX.length()).split("/");
		if (parts.length != 2 || parts[0].isEmpty()) {
			return Optional.empty();
		}
		return TenantRole.ofGroupName(parts[1]).map(role -> new Membership(parts[0], role));
	}

	/** The memberships among granted authorities, whichever form they came in. */
	public static List<Membership> among(Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream().flatMap(authority -> {
			if (authority instanceof Membership membership) {
				return java.util.stream.Stream.of(membership);
			}
			String value = authority.getAuthority();
			if (value != null && value.startsWith(AUTHORITY_PREFIX)) {
				String[] parts = value.split(":");
				if (parts.length == 3) {
					return TenantRole.ofGroupName(parts[2]).map(role -> new Membership(parts[1], role)).stream();
				}
			}
			return java.util.stream.Stream.empty();
		}).toList();
	}

}
