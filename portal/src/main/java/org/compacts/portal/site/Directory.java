package org.compacts.portal.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.compacts.portal.site.Reads.Tenant;

/**
 * Every compact, grouped as people look for theirs: each county with the districts below
 * it, then the national compact, then the standalone ones (and any district whose county
 * is not listed). A search keeps the compacts whose name or area contains the words, and
 * a county stays as the heading of a district found.
 */
record Directory(List<County> counties, List<Tenant> national, List<Tenant> standalone, String query) {

	/**
	 * @param matches whether the county itself was found, not only a district of it
	 */
	record County(Tenant county, boolean matches, List<Tenant> districts) {
	}

	private static final Comparator<Tenant> BY_NAME = Comparator.comparing(Tenant::name, String.CASE_INSENSITIVE_ORDER);

	static Directory of(List<Tenant> tenants, String query) {
		String q = query == null ? "" : query.strip();
		boolean all = q.isEmpty();
		Set<String> counties = tenants.stream()
			.filter(t -> "COUNTY".equals(t.level()))
			.map(Tenant::slug)
			.collect(Collectors.toSet());
		List<County> groups = new ArrayList<>();
		tenants.stream().filter(t -> counties.contains(t.slug())).sorted(BY_NAME).forEach(county -> {
			boolean countyMatches = all || county.isCalled(q);
			List<Tenant> districts = tenants.stream()
				.filter(t -> county.slug().equals(t.parentSlug()) && !"NATIONAL".equals(t.level()))
				.filter(t -> countyMatches || t.isCalled(q))
				.sorted(BY_NAME)
				.toList();
			if (countyMatches || !districts.isEmpty()) {
				groups.add(new County(county, countyMatches, districts));
			}
		});
		List<Tenant> national = tenants.stream()
			.filter(t -> "NATIONAL".equals(t.level()))
			.filter(t -> all || t.isCalled(q))
			.sorted(BY_NAME)
			.toList();
		List<Tenant> standalone = tenants.stream()
			.filter(t -> !"NATIONAL".equals(t.level()) && !counties.contains(t.slug()))
			.filter(t -> t.parentSlug() == null || !counties.contains(t.parentSlug()))
			.filter(t -> all || t.isCalled(q))
			.sorted(BY_NAME)
			.toList();
		return new Directory(groups, national, standalone, q);
	}

	public boolean isEmpty() {
		return counties.isEmpty() && national.isEmpty() && standalone.isEmpty();
	}

	public int size() {
		return counties.stream().mapToInt(c -> (c.matches() ? 1 : 0) + c.districts().size()).sum() + national.size()
				+ standalone.size();
	}

}
