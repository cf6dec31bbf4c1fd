package org.compacts.portal.federation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where a follower stands with one item, as the page says it: sync-service's state,
 * corrected by what compact-service says is in force, since the two learn of a
 * publication at different moments.
 */
public enum SyncState {

	IN_SYNC("In sync", "govuk-tag--green"), PENDING("Pending", "govuk-tag--yellow"),
	CONFLICT("Conflict", "govuk-tag--red"), NOT_FOLLOWED("Not followed", "govuk-tag--grey");

	private final String label;

	private final String tagClass;

	SyncState(String label, String tagClass) {
		this.label = label;
		this.tagClass = tagClass;
	}

	/**
	 * @param reported sync-service's state; {@code null} when it has no row yet for a
	 * follower and an item (the publication has not reached it)
	 * @param following whether the compact still follows; one that stopped is not
	 * followed, whatever it holds
	 * @param inForce the version the publisher has in force
	 * @param held the version the follower holds, if any
	 */
	static SyncState of(@Nullable String reported, boolean following, int inForce, @Nullable Integer held) {
		if (!following || "NOT_FOLLOWED".equals(reported)) {
			return NOT_FOLLOWED;
		}
		SyncState said = reported == null ? PENDING
				: Arrays.stream(values()).filter(state -> state.name().equals(reported)).findFirst().orElse(PENDING);
		// compact-service published a newer version that sync-service has not heard of
		// yet: the follower cannot be in sync with it
		if (said == IN_SYNC && (held == null || held < inForce)) {
			return PENDING;
		}
		return said;
	}

	/** The state a filter's query parameter names ({@code in-sync}), if any. */
	static Optional<SyncState> fromParam(@Nullable String param) {
		return Arrays.stream(values()).filter(state -> state.queryValue().equals(param)).findFirst();
	}

	/** As a query parameter: {@code in-sync}, {@code not-followed}. */
	public String queryValue() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String label() {
		return label;
	}

	/** The GOV.UK tag's colour. */
	public String tagClass() {
		return tagClass;
	}

	/** Whether the follower still waits for the version in force. */
	public boolean isWaiting() {
		return this == PENDING || this == CONFLICT;
	}

}
