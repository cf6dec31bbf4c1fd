package org.compacts.compact.glossary;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

@Entity
class GlossaryEntry {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "tenant_id", nullable = false, updatable = false)
	private String tenant;

	private String term;

	private String meaning;

	private Instant createdAt;

	@Version
	private long version;

	protected GlossaryEntry() {
	}

	GlossaryEntry(String term, String meaning) {
		this.id = UUID.randomUUID();
		this.createdAt = Instant.now();
		reword(term, meaning);
	}

	/** A term and its meaning are kept without the space around them. */
	void reword(String term, String meaning) {
		this.term = term.strip();
		this.meaning = meaning.strip();
	}

	UUID id() {
		return id;
	}

	String term() {
		return term;
	}

	String meaning() {
		return meaning;
	}

	long version() {
		return version;
	}

}
