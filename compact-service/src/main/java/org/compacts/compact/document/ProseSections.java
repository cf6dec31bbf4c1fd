package org.compacts.compact.document;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.compacts.servicekit.refusal.ExpectedVersion;

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
	 * A section written.
	 *
	 * @param created true when the section did not exist before
	 */
	public record Written(ProseSection section, boolean created) {
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
	 * needs the version the writer started from; a section not written yet needs none,
	 * and a version named for it is stale.
	 * @param expected the version the writer changed (an {@code If-Match})
	 */
	@Transactional
	public Written write(SectionKey key, String title, String body, ExpectedVersion expected, String by) {
		Optional<DocumentSection> existing = sections.findForUpdateBySectionKey(key);
		if (existing.isEmpty()) {
			if (expected.isStated()) {
				throw ExpectedVersion.stale("You changed a version of the " + key.slug() + ", but this compact's "
						+ "document has none yet; send it without If-Match to write it.", null);
			}
			DocumentSection created = sections.saveAndFlush(new DocumentSection(key, title, body, by));
			return new Written(created.toRecord(), true);
		}
		DocumentSection section = existing.get();
		expected.require(section.version());
		section.rewrite(title, body, by);
		return new Written(sections.saveAndFlush(section).toRecord(), false);
	}

}
