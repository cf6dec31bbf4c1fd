package org.compacts.compact.glossary;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import org.compacts.compact.tenancy.VersionedTenantOwned;

@Entity
class GlossaryEntry extends VersionedTenantOwned {

	private String term;

	private String meaning;

	private Instant createdAt;

	protected GlossaryEntry() {
	}

	GlossaryEntry(String term, String meaning) {
		super(UUID.randomUUID());
		this.createdAt = Instant.now();
		reword(term, meaning);
	}

	/** A term and its meaning are kept without the space around them. */
	void reword(String term, String meaning) {
		this.term = term.strip();
		this.meaning = meaning.strip();
	}

	String term() {
		return term;
	}

	String meaning() {
		return meaning;
	}

}
