package org.compacts.compact.consultation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.jspecify.annotations.Nullable;

/**
 * "You said, we did": the compact's answer to one point of a closed consultation, and the
 * version of a principle or code that changed because of it, if one did.
 */
@Entity
class ConsultationReply extends VersionedTenantOwned {

	private UUID consultationId;

	private Integer question;

	private String anchor;

	private String text;

	private UUID itemId;

	private Integer itemVersion;

	private String answeredBy;

	private Instant answeredAt;

	protected ConsultationReply() {
	}

	ConsultationReply(UUID consultationId, Point point, String text, @Nullable UUID itemId,
			@Nullable Integer itemVersion, String by, Instant at) {
		super(UUID.randomUUID());
		this.consultationId = consultationId;
		this.question = point.question();
		this.anchor = point.anchor();
		revise(text, itemId, itemVersion, by, at);
	}

	void revise(String text, @Nullable UUID itemId, @Nullable Integer itemVersion, String by, Instant at) {
		this.text = text.strip();
		this.itemId = itemId;
		this.itemVersion = itemVersion;
		this.answeredBy = by;
		this.answeredAt = at;
	}

	UUID consultationId() {
		return consultationId;
	}

	Point point() {
		return new Point(question, anchor);
	}

	String text() {
		return text;
	}

	@Nullable UUID itemId() {
		return itemId;
	}

	@Nullable Integer itemVersion() {
		return itemVersion;
	}

	String answeredBy() {
		return answeredBy;
	}

	Instant answeredAt() {
		return answeredAt;
	}

}
