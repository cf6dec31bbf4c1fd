package org.compacts.compact.consultation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

/**
 * One organisation's response to a consultation (or one person's, where the compact
 * allows it), by a named person on its behalf: saved and changed until the close, and
 * what it says then is its answer.
 */
@Entity
class ConsultationResponse extends VersionedTenantOwned {

	private UUID consultationId;

	private UUID organisationId;

	private String sector;

	private String respondentName;

	private String respondedBy;

	@ColumnTransformer(write = "?::jsonb")
	private String content;

	private Instant createdAt;

	private Instant updatedAt;

	protected ConsultationResponse() {
	}

	/**
	 * @param organisationId null for a person responding for themselves
	 * @param sector the organisation's, or {@link Results#INDIVIDUAL}
	 */
	ConsultationResponse(UUID consultationId, @Nullable UUID organisationId, String sector, String respondentName,
			ResponseContent content, String by, Instant at) {
		super(UUID.randomUUID());
		this.consultationId = consultationId;
		this.organisationId = organisationId;
		this.sector = sector;
		this.respondentName = respondentName.strip();
		this.respondedBy = by;
		this.content = ConsultationJson.write(content);
		this.createdAt = at;
		this.updatedAt = at;
	}

	void revise(String respondentName, ResponseContent content, Instant at) {
		this.respondentName = respondentName.strip();
		this.content = ConsultationJson.write(content);
		this.updatedAt = at;
	}

	UUID consultationId() {
		return consultationId;
	}

	@Nullable UUID organisationId() {
		return organisationId;
	}

	String sector() {
		return sector;
	}

	String respondentName() {
		return respondentName;
	}

	String respondedBy() {
		return respondedBy;
	}

	ResponseContent content() {
		return ConsultationJson.content(content);
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

}
