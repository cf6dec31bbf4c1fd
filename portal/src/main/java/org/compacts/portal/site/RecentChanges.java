package org.compacts.portal.site;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A compact's latest changes (versions published or retired, prose rewritten) as its
 * recent-changes page lists them, for pages outside the public site: the workspace's
 * dashboard shows the first few.
 */
@Component
public class RecentChanges {

	/**
	 * @param path the public page that shows it now
	 */
	public record Change(Instant at, String what, String title, String path) {
	}

	private final CompactSites sites;

	RecentChanges(CompactSites sites) {
		this.sites = sites;
	}

	/**
	 * Newest first, at most {@code limit}, read as the visitor; none for an unknown
	 * compact.
	 */
	public List<Change> of(String slug, int limit, Authentication visitor) {
		return sites.compact(slug, false, visitor)
			.map(compact -> sites.changes(compact, limit, visitor)
				.stream()
				.map(change -> new Change(change.at(), change.what(), change.title(), change.path()))
				.toList())
			.orElse(List.of());
	}

}
