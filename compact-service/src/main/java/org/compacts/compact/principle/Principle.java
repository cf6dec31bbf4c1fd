package org.compacts.compact.principle;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

@Entity
class Principle {

	enum Status {

		DRAFT, PUBLISHED

	}

	@Id
	private UUID id;

	@TenantId
	@Column(name = "tenant_id", nullable = false, updatable = false)
	private String tenant;

	private String title;

	private String body;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	@Version
	private long version;

	protected Principle() {
	}

	Principle(String title, String body) {
		this.id = UUID.randomUUID();
		this.title = title;
		this.body = body;
		this.status = Status.DRAFT;
		this.createdAt = Instant.now();
	}

	void publish() {
		status = Status.PUBLISHED;
	}

	boolean isPublished() {
		return status == Status.PUBLISHED;
	}

	UUID id() {
		return id;
	}

	String tenant() {
		return tenant;
	}

	String title() {
		return title;
	}

	String body() {
		return body;
	}

	Status status() {
		return status;
	}

	long version() {
		return version;
	}

}
