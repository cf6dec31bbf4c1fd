package org.compacts.compact.importing;

import java.util.List;
import java.util.Objects;

import org.compacts.compact.document.SectionKey;
import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.compact.versioning.ItemContent;
import org.compacts.compact.versioning.Mode;
import org.compacts.compact.versioning.PrincipleContent;

/**
 * A whole compact as read from a compact file: the prose sections of its document (in
 * document order, only those the file has), its shared principles and codes of practice
 * with the mode each is published in, its glossary and its contacts, all in the order the
 * file gives them. Text is as in the file, less surrounding white space.
 */
public record CompactFile(String title, List<Section> sections, List<Shared<PrincipleContent>> principles,
		List<Shared<CodeOfPracticeContent>> codes, List<GlossaryEntry> glossary, List<Contact> contacts) {

	public CompactFile {
		Objects.requireNonNull(title, "title");
		sections = List.copyOf(sections);
		principles = List.copyOf(principles);
		codes = List.copyOf(codes);
		glossary = List.copyOf(glossary);
		contacts = List.copyOf(contacts);
	}

	/** A prose section of the document (foreword, introduction, ...). */
	public record Section(SectionKey key, String title, String body) {

		public Section {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(body, "body");
		}

	}

	/** A shared item's first version, and the mode its publisher chose for it. */
	public record Shared<C extends ItemContent>(C content, Mode mode) {

		public Shared {
			Objects.requireNonNull(content, "content");
			Objects.requireNonNull(mode, "mode");
		}

	}

	public record GlossaryEntry(String term, String meaning) {

		public GlossaryEntry {
			Objects.requireNonNull(term, "term");
			Objects.requireNonNull(meaning, "meaning");
		}

	}

	/** A person or office to contact; everything but the name may be absent (null). */
	public record Contact(String name, String role, String organisation, String address, String email, String phone,
			String website) {

		public Contact {
			Objects.requireNonNull(name, "name");
		}

	}

}
