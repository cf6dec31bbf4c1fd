package org.compacts.tenant.registry;

import java.util.List;

/**
 * What a client's If-Match asks for: any current version ({@code *}), or one of the
 * versions it names. Compared strongly (RFC 9110): a weak ETag never matches.
 */
record VersionMatch(boolean any, List<Long> versions) {

	static VersionMatch anyVersion() {
		return new VersionMatch(true, List.of());
	}

	static VersionMatch oneOf(List<Long> versions) {
		return new VersionMatch(false, List.copyOf(versions));
	}

	boolean matches(long current) {
		return any || versions.contains(current);
	}

}
