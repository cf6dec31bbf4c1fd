package org.compacts.portal.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.compacts.portal.site.Reads.Item;
import org.compacts.portal.site.Reads.Section;
import org.compacts.portal.site.Reads.Tenant;
import org.compacts.portal.site.Reads.Version;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Puts a compact's site together from the services' public reads: the compact, where it
 * sits among the others, its content in reading order, and where each inherited item came
 * from.
 */
@Service
class CompactSites {

	/**
	 * One change in a compact's record: a version of an item published or retired, or a
	 * prose section rewritten.
	 *
	 * @param path the page that shows it now
	 */
	record Change(Instant at, String what, String title, String path, String historyPath) {
	}

	/**
	 * A published version of an item, with what changed from the one before it.
	 *
	 * @param diff null for the first version
	 */
	record PublishedVersion(int number, Instant publishedAt, Instant endedAt, String endedAs, Reads.Changes diff) {
	}

	private final Reads reads;

	CompactSites(Reads reads) {
		this.reads = reads;
	}

	Directory directory(String query, Authentication visitor) {
		return Directory.of(reads.tenants(visitor), query);
	}

	/**
	 * @param withProvenance whether to read where each inherited item came from (one read
	 * per item); the contents page does without
	 */
	Optional<Compact> compact(String slug, boolean withProvenance, Authentication visitor) {
		Optional<Tenant> found = reads.tenant(slug, visitor);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Tenant tenant = found.get();
		List<Tenant> all = reads.tenants(visitor);
		Map<String, Tenant> bySlug = all.stream()
			.collect(Collectors.toMap(Tenant::slug, Function.identity(), (a, b) -> a));
		Tenant parent = tenant.parentSlug() != null && tenant.follows(tenant.parentSlug())
				? bySlug.get(tenant.parentSlug()) : null;
		List<Tenant> followers = all.stream()
			.filter(t -> t.follows(slug))
			.sorted(Comparator.comparing(Tenant::name))
			.toList();
		Reads.Document document = reads.document(slug, visitor);
		List<Item> principles = reads.items(slug, "principles", visitor);
		List<Item> codes = reads.items(slug, "codes", visitor);
		Map<UUID, Provenance> provenance = new HashMap<>();
		if (withProvenance) {
			for (Item item : concat(principles, codes)) {
				provenance(item, bySlug, visitor).ifPresent(p -> provenance.put(item.id(), p));
			}
		}
		return Optional.of(new Compact(tenant, parent, followers, sections(document), principles, codes,
				document.glossary() == null ? List.of() : document.glossary(),
				document.contacts() == null ? List.of() : document.contacts(), provenance));
	}

	/** The prose sections it has written, in the document's order, each with its key. */
	private static List<Section> sections(Reads.Document document) {
		List<Section> sections = new ArrayList<>();
		add(sections, "foreword", document.foreword());
		add(sections, "introduction", document.introduction());
		add(sections, "implementation", document.implementation());
		add(sections, "compliance-and-resolution", document.complianceAndResolution());
		add(sections, "monitoring-and-review", document.monitoringAndReview());
		return sections;
	}

	private static void add(List<Section> sections, String key, Reads.SectionBody body) {
		if (body != null) {
			sections.add(new Section(key, body.title(), body.body(), null));
		}
	}

	Optional<Provenance> provenance(Item item, Map<String, Tenant> tenants, Authentication visitor) {
		Reads.AdoptedFrom from = item.adoptedFrom();
		if (from == null) {
			return Optional.empty();
		}
		Tenant source = tenants.get(from.tenant());
		String name = source == null ? from.tenant() : source.name();
		Optional<Version> upstream = reads.version(from.tenant(), item.collection(), from.itemId(), from.version(),
				visitor);
		return Optional.of(Provenance.of(from.tenant(), name,
				"/t/" + from.tenant() + "/" + item.collection() + "/" + from.itemId(), from.version(),
				upstream.flatMap(Version::publishedAt).orElse(null), item.content(),
				upstream.map(Version::content).orElse(null)));
	}

	Map<String, Tenant> tenantsBySlug(Authentication visitor) {
		return reads.tenants(visitor)
			.stream()
			.collect(Collectors.toMap(Tenant::slug, Function.identity(), (a, b) -> a));
	}

	/**
	 * The item's published versions, newest first, each with when it was in force and
	 * what changed from the one before.
	 */
	List<PublishedVersion> history(String slug, Item item, Authentication visitor) {
		List<Version> published = reads.versions(slug, item.collection(), item.id(), visitor)
			.stream()
			.filter(v -> v.publishedAt().isPresent())
			.sorted(Comparator.comparingInt(Version::number))
			.toList();
		List<PublishedVersion> history = new ArrayList<>();
		for (int i = 0; i < published.size(); i++) {
			Version version = published.get(i);
			Reads.Changes diff = i == 0 ? null
					: reads
						.diff(slug, item.collection(), item.id(), published.get(i - 1).number(), version.number(),
								visitor)
						.diff();
			Optional<Instant> superseded = version.at("SUPERSEDED");
			Optional<Instant> retired = version.at("RETIRED");
			history.add(new PublishedVersion(version.number(), version.publishedAt().orElseThrow(),
					superseded.or(() -> retired).orElse(null),
					superseded.isPresent() ? "superseded" : retired.isPresent() ? "retired" : null, diff));
		}
		java.util.Collections.reverse(history);
		return history;
	}

	/** What was published or retired, newest first; at most {@code limit}. */
	List<Change> changes(Compact compact, int limit, Authentication visitor) {
		List<Change> changes = new ArrayList<>();
		for (Item item : concat(compact.principles(), compact.codes())) {
			String path = "/t/" + compact.slug() + "/" + item.collection() + "/" + item.id();
			String kind = item.isCode() ? "Code of practice" : "Principle";
			for (Version version : reads.versions(compact.slug(), item.collection(), item.id(), visitor)) {
				version.publishedAt()
					.ifPresent(at -> changes.add(new Change(at, kind + " published, version " + version.number(),
							version.content().title(), path, path + "/history")));
				version.at("RETIRED")
					.ifPresent(at -> changes
						.add(new Change(at, kind + " retired", version.content().title(), path, path + "/history")));
			}
		}
		for (Section section : reads.sections(compact.slug(), visitor)) {
			if (section.updatedAt() != null) {
				changes.add(new Change(section.updatedAt(), "Section updated", section.title(),
						"/t/" + compact.slug() + "/sections/" + section.key(), null));
			}
		}
		return changes.stream().sorted(Comparator.comparing(Change::at).reversed()).limit(limit).toList();
	}

	List<Reads.Organisation> organisations(String slug, Authentication visitor) {
		return reads.organisations(slug, visitor);
	}

	List<Reads.Signature> signatures(String slug, Authentication visitor) {
		return reads.signatures(slug, visitor);
	}

	List<Reads.Champion> champions(String slug, Authentication visitor) {
		return reads.champions(slug, visitor);
	}

	private static List<Item> concat(List<Item> a, List<Item> b) {
		List<Item> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
