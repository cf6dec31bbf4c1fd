package org.compacts.compact.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.compacts.compact.contact.ContactList;
import org.compacts.compact.document.ProseSections;
import org.compacts.compact.glossary.Glossary;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.versioning.ItemContent;
import org.compacts.compact.versioning.Stamp;
import org.compacts.servicekit.refusal.ExpectedVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a compact file into the current tenant's compact, whole or not at all. It loads a
 * new compact: one that already has principles, codes, sections, a glossary or contacts
 * is changed through the API instead, so an import never duplicates or silently
 * overwrites what editors wrote.
 */
@Service
public class CompactImport {

	/** What was loaded. */
	public record Imported(String title, int principles, int codes, int sections, int glossaryEntries, int contacts,
			boolean published) {
	}

	public sealed interface Outcome {

		record Loaded(Imported imported) implements Outcome {
		}

		record Invalid(List<FileError> errors) implements Outcome {
		}

		/**
		 * @param present the parts of the compact that already have content
		 */
		record NotEmpty(List<String> present) implements Outcome {
		}

	}

	private final CompactFileReader reader = new CompactFileReader();

	private final SharedItems items;

	private final ProseSections sections;

	private final Glossary glossary;

	private final ContactList contacts;

	CompactImport(SharedItems items, ProseSections sections, Glossary glossary, ContactList contacts) {
		this.items = items;
		this.sections = sections;
		this.glossary = glossary;
		this.contacts = contacts;
	}

	/**
	 * @param contentTypeOrName how the file says what it is: a media type or a file name
	 * @param publish publish version 1 of every principle and code, so the compact is
	 * public at once
	 */
	@Transactional
	public Outcome load(byte[] file, String contentTypeOrName, boolean publish, String by) {
		ReadResult read = reader.read(file, contentTypeOrName);
		if (read instanceof ReadResult.Invalid invalid) {
			return new Outcome.Invalid(invalid.errors());
		}
		List<String> present = presentParts();
		if (!present.isEmpty()) {
			return new Outcome.NotEmpty(present);
		}
		CompactFile compact = ((ReadResult.Parsed) read).file();
		Stamp stamp = new Stamp(by, Instant.now());
		compact.principles().forEach(principle -> add(ItemKind.PRINCIPLE, principle, publish, stamp));
		compact.codes().forEach(code -> add(ItemKind.CODE, code, publish, stamp));
		for (CompactFile.Section section : compact.sections()) {
			sections.write(section.key(), section.title(), section.body(), ExpectedVersion.notStated(), by);
		}
		compact.glossary().forEach(entry -> glossary.explain(entry.term(), entry.meaning()));
		compact.contacts()
			.forEach(contact -> contacts.add(new ContactList.Card(contact.name(), contact.role(),
					contact.organisation(), contact.email(), contact.phone(), contact.address(), contact.website())));
		return new Outcome.Loaded(new Imported(compact.title(), compact.principles().size(), compact.codes().size(),
				compact.sections().size(), compact.glossary().size(), compact.contacts().size(), publish));
	}

	private void add(ItemKind kind, CompactFile.Shared<? extends ItemContent> shared, boolean publish, Stamp stamp) {
		SharedItems.Item item = items.create(kind, shared.content(), shared.mode(), stamp);
		if (publish) {
			items.move(kind, item.id(), SharedItems.Move.PUBLISH, 1, stamp);
		}
	}

	private List<String> presentParts() {
		List<String> present = new ArrayList<>();
		if (!items.isEmpty()) {
			present.add("principles and codes");
		}
		if (!sections.sectionsOfCurrentTenant().isEmpty()) {
			present.add("sections");
		}
		if (!glossary.isEmpty()) {
			present.add("glossary");
		}
		if (!contacts.isEmpty()) {
			present.add("contacts");
		}
		return present;
	}

}
