package org.compacts.compact.document;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prose sections of the current tenant's compact document: what the web layer serves,
 * and what whoever assembles the whole document (or imports a compact file) calls. Works
 * in the tenant of the current request or of
 * {@link org.compacts.compact.tenancy.CurrentTenant#callAs}; with none, it sees nothing.
 */
@Service
public class ProseSections {

	private final DocumentSections sections;

	ProseSections(DocumentSections sections) {
		this.sections = sections;
	}

	/**
	 * The outcome of a write: saved, or refused because the writer did not start from the
	 * current version.
	 */
	public sealed interface Written {

		/**
		 * @param created true when the section did not exist before
		 */
		record Saved(ProseSection section, boolean created) implements Written {
		}

		/** The section exists, and the writer did not say which version it changed. */
		record VersionRequired(long current) implements Written {
		}

		/**
		 * The writer changed another version than the current one, or one of a section
		 * not written yet.
		 */
		record Stale(String expected, Long current) implements Written {
		}

	}

	/**
	 * The sections written so far, in the order the document reads; an absent one is
	 * simply not there.
	 */
	@Transactional(readOnly = true)
	public List<ProseSection> sectionsOfCurrentTenant() {
		return sections.findAllBy()
			.stream()
			.map(DocumentSection::toRecord)
			.sorted(Comparator.comparing(ProseSection::key))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<ProseSection> sectionOfCurrentTenant(SectionKey key) {
		return sections.findBySectionKey(key).map(DocumentSection::toRecord);
	}

	/**
	 * Writes a section, creating it when it does not exist yet. Replacing one that exists
	 * needs the version the writer started from; a section not written yet needs none
	 * (and matches none).
	 * @param expectedVersion the version the writer changed (an {@code If-Match}), or
	 * null for none
	 */
	@Transactional
	public Written write(SectionKey key, String title, String body, String expectedVersion, String by) {
		Optional<DocumentSection> existing = sections.findForUpdateBySectionKey(key);
		if (existing.isEmpty()) {
			if (expectedVersion != null) {
				return new Written.Stale(expectedVersion, null);
			}
			DocumentSection created = sections.saveAndFlush(new DocumentSection(key, title, body, by));
			return new Written.Saved(created.toRecord(), true);
		}
		DocumentSection section = existing.get();
		if (expectedVersion == null) {
			return new Written.VersionRequired(section.version());
		}
		if (!expectedVersion.equals(String.valueOf(section.version()))) {
			return new Written.Stale(expectedVersion, section.version());
		}
		section.rewrite(title, body, by);
		return new Written.Saved(sections.saveAndFlush(section).toRecord(), false);
	}

}
