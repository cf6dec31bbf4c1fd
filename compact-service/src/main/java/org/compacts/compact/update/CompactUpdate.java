package org.compacts.compact.update;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.compacts.compact.tenancy.VersionedTenantOwned;

/**
 * An update sent once to its audience; its page may be corrected and made public after,
 * which sends nothing again.
 */
@Entity
@Table(name = "compact_update")
class CompactUpdate extends VersionedTenantOwned {

	/** Whom an update goes to. */
	enum Audience {

		/** The compact's active champions who gave an e-mail address. */
		CHAMPIONS,
		/**
		 * Those, and every member of the compact with an e-mail address, as
		 * tenant-service knows them (ADR 23).
		 */
		MEMBERS

	}

	@Enumerated(EnumType.STRING)
	private Audience audience;

	private String title;

	private String body;

	private boolean published;

	private int recipients;

	private String sentBy;

	private Instant sentAt;

	protected CompactUpdate() {
	}

	CompactUpdate(Audience audience, String title, String body, boolean published, String sentBy, Instant sentAt) {
		super(UUID.randomUUID());
		this.audience = audience;
		this.title = title;
		this.body = body;
		this.published = published;
		this.sentBy = sentBy;
		this.sentAt = sentAt;
	}

	void sentTo(int recipients) {
		this.recipients = recipients;
	}

	/** Corrects the page; the mails went as they were. */
	void correct(String title, String body, boolean published) {
		this.title = title;
		this.body = body;
		this.published = published;
	}

	Audience audience() {
		return audience;
	}

	String title() {
		return title;
	}

	String body() {
		return body;
	}

	boolean isPublic() {
		return published;
	}

	int recipients() {
		return recipients;
	}

	String sentBy() {
		return sentBy;
	}

	Instant sentAt() {
		return sentAt;
	}

}
