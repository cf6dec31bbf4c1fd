package org.compacts.servicekit.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * What a token lets its bearer do: a {@link Membership} per
 * {@code /tenants/{tenant}/{role}} path in the {@code memberships} claim, and
 * {@code platform-admin} from the realm roles.
 */
public final class CompactsAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

	public static final String MEMBERSHIPS_CLAIM = "memberships";

	public static final String PLATFORM_ADMIN = "platform-admin";

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		// Keycloak leaves the claim out when a person has no group, and lists groups in
		// no fixed order.
		if (jwt.getClaim(MEMBERSHIPS_CLAIM) instanceof Collection<?> paths) {
			for (Object path : paths) {
				Membership.ofGroupPath(String.valueOf(path)).ifPresent(authorities::add);
			}
		}
		if (jwt.getClaim("realm_access") instanceof Map<?, ?> realmAccess
				&& realmAccess.get("roles") instanceof Collection<?> roles && roles.contains(PLATFORM_ADMIN)) {
			authorities.add(new SimpleGrantedAuthority(PLATFORM_ADMIN));
		}
		return authorities;
	}

	/**
	 * For {@code oauth2ResourceServer().jwt()}: the principal's name is the username, not
	 * the subject id.
	 */
	public static JwtAuthenticationConverter jwtAuthenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new CompactsAuthorities());
		converter.setPrincipalClaimName("preferred_username");
		return converter;
	}

}
