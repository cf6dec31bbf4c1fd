package org.compacts.servicekit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a request path names a tenant: {@code /api/t/{tenant}/...} and
 * {@code /api/tenants/{tenant}...}.
 */
public final class TenantPaths {

	private static final Pattern TENANT_IN_PATH = Pattern
		.compile("^/api/(?:t|tenants)/([a-z0-9][a-z0-9-]{0,62})(?:/.*)?$");

	private TenantPaths() {
	}

	public static Optional<String> tenantOf(String path) {
		if (path == null) {
			return Optional.empty();
		}
		Matcher matcher = TENANT_IN_PATH.matcher(path);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
