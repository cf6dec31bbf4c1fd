package org.compacts.portal.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.compacts.portal.site.Reads.Contact;
import org.compacts.portal.site.Reads.Item;
import org.compacts.portal.site.Reads.Section;
import org.compacts.portal.site.Reads.Tenant;
import org.compacts.portal.site.Reads.Term;

/**
 * One compact as its site shows it: where it sits in the federation and its content in
 * reading order (foreword, introduction, principles, codes, the closing sections).
 *
 * @param parent the compact it follows, if it follows one
 * @param followers the compacts that follow it
 * @param provenance where each inherited item came from, by the item's id
 */
record Compact(Tenant tenant, Tenant parent, List<Tenant> followers, List<Section> sections, List<Item> principles,
		List<Item> codes, List<Term> glossary, List<Contact> contacts, Map<UUID, Provenance> provenance) {

	/** The prose sections that open a compact, before its principles. */
	private static final List<String> OPENING = List.of("foreword", "introduction");

	/**
	 * A page of the compact's reading order: a prose section, a principle or a code.
	 *
	 * @param path where the page is, under the site
	 * @param group the part of the compact it belongs to, for the contents
	 */
	record Page(String path, String title, String group, Item item, Section section) {

		public boolean isDraft() {
			return item != null && !item.isPublished();
		}

	}

	public String slug() {
		return tenant.slug();
	}

	public String name() {
		return tenant.name();
	}

	/** Every page in reading order, for the contents and the previous and next links. */
	public List<Page> pages() {
		List<Page> pages = new ArrayList<>();
		sections.stream().filter(s -> OPENING.contains(s.key())).forEach(s -> pages.add(page(s)));
		principles.forEach(p -> pages.add(page(p, "Shared values and principles")));
		codes.forEach(c -> pages.add(page(c, "Codes of practice")));
		sections.stream().filter(s -> !OPENING.contains(s.key())).forEach(s -> pages.add(page(s)));
		return pages;
	}

	public List<Section> openingSections() {
		return sections.stream().filter(s -> OPENING.contains(s.key())).toList();
	}

	public List<Section> closingSections() {
		return sections.stream().filter(s -> !OPENING.contains(s.key())).toList();
	}

	Optional<Page> page(String path) {
		return pages().stream().filter(p -> p.path().equals(path)).findFirst();
	}

	Optional<Page> next(String path) {
		List<Page> pages = pages();
		for (int i = 0; i < pages.size() - 1; i++) {
			if (pages.get(i).path().equals(path)) {
				return Optional.of(pages.get(i + 1));
			}
		}
		return Optional.empty();
	}

	Optional<Page> previous(String path) {
		List<Page> pages = pages();
		for (int i = 1; i < pages.size(); i++) {
			if (pages.get(i).path().equals(path)) {
				return Optional.of(pages.get(i - 1));
			}
		}
		return Optional.empty();
	}

	/** Where an item came from; empty for a compact's own. */
	public Provenance provenanceOf(Item item) {
		return provenance.get(item.id());
	}

	/**
	 * An item of a district's own, beside what it adopted: worth saying only in a compact
	 * that follows another.
	 */
	public boolean isOwn(Item item) {
		return parent != null && item.adoptedFrom() == null;
	}

	private Page page(Section section) {
		return new Page("/t/" + slug() + "/sections/" + section.key(), section.title(), "Sections", null, section);
	}

	private Page page(Item item, String group) {
		return new Page("/t/" + slug() + "/" + item.collection() + "/" + item.id(), item.title(), group, item, null);
	}

}
