package org.compacts.tenant.registry;

import java.util.Set;

/**
 * What a tenant's slug looks like: it names the tenant in every URL and Keycloak group,
 * for good.
 */
final class Slugs {

	/**
	 * Lower-case letters, digits and single hyphens, starting with a letter, not ending
	 * with a hyphen; with {@link #MIN} and {@link #MAX}, 2 to 63 characters (a DNS label,
	 * so a slug can name a host).
	 */
	static final String PATTERN = "^[a-z](-?[a-z0-9])+$";

	static final int MIN = 2;

	static final int MAX = 63;

	static final String RULE = "must be 2 to 63 lower-case letters, digits or single hyphens, "
			+ "starting with a letter and not ending with a hyphen";

	/**
	 * Words the API uses in the place of a slug
	 * ({@code /api/tenants/invitations/{token}}): no tenant may take them, or its URLs
	 * would be ambiguous.
	 */
	static final Set<String> RESERVED = Set.of("invitations");

	private Slugs() {
	}

}
