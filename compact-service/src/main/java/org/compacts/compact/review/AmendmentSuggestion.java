package org.compacts.compact.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Feedback or a suggested amendment to the compact, made at any time into the standing
 * register ("taken on board at the Compact's next Annual Review"). Its author may change
 * it until a review gathers it; from then on the review decides it, under the same id.
 */
@Entity
@Table(name = "amendment_suggestion")
class AmendmentSuggestion extends VersionedTenantOwned {

	private String suggestion;

	private @Nullable UUID itemId;

	private String suggestedBy;

	/** The username of the account that made it: its author, who may change it. */
	private String account;

	private LocalDate receivedOn;

	private Instant suggestedAt;

	private @Nullable Integer gatheredInto;

	protected AmendmentSuggestion() {
	}

	AmendmentSuggestion(String suggestion, @Nullable UUID itemId, String suggestedBy, String account,
			LocalDate receivedOn, Instant at) {
		super(UUID.randomUUID());
		this.suggestion = suggestion;
		this.itemId = itemId;
		this.suggestedBy = suggestedBy;
		this.account = account;
		this.receivedOn = receivedOn;
		this.suggestedAt = at;
	}

	/** Its author changes it while no review has gathered it. */
	void change(String suggestion, @Nullable UUID itemId, String suggestedBy, String by) {
		if (!account.equals(by)) {
			throw new Refusal(Refusal.Ground.FORBIDDEN, "Not yours",
					"Only the person who made a suggestion changes it.", java.util.List.of());
		}
		if (gatheredInto != null) {
			throw Refusal.conflict("The review of " + gatheredInto + " has taken this suggestion on board; it is "
					+ "decided there now.", "gatheredInto", "is " + gatheredInto);
		}
		this.suggestion = suggestion;
		this.itemId = itemId;
		this.suggestedBy = suggestedBy;
	}

	/** As the review takes it on board: pending, under the suggestion's id. */
	Amendment gatheredInto(int year) {
		this.gatheredInto = year;
		return new Amendment(id(), suggestion, suggestedBy, receivedOn, Decision.PENDING, null, itemId);
	}

	String suggestion() {
		return suggestion;
	}

	@Nullable UUID itemId() {
		return itemId;
	}

	String suggestedBy() {
		return suggestedBy;
	}

	String account() {
		return account;
	}

	LocalDate receivedOn() {
		return receivedOn;
	}

	Instant suggestedAt() {
		return suggestedAt;
	}

	@Nullable Integer gatheredIntoYear() {
		return gatheredInto;
	}

}
