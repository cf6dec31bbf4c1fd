package org.compacts.compact.document;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.compacts.compact.tenancy.VersionedTenantOwned;

@Entity
class DocumentSection extends VersionedTenantOwned {

	@Enumerated(EnumType.STRING)
	@Column(name = "key", nullable = false, updatable = false)
	private SectionKey sectionKey;

	private String title;

	private String body;

	private String updatedBy;

	private Instant updatedAt;

	protected DocumentSection() {
	}

	DocumentSection(SectionKey key, String title, String body, String by) {
		super(UUID.randomUUID());
		this.sectionKey = key;
		rewrite(title, body, by);
	}

	void rewrite(String title, String body, String by) {
		this.title = title;
		this.body = body;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	ProseSection toRecord() {
		return new ProseSection(sectionKey, title, body, version(), updatedBy, updatedAt);
	}

}
