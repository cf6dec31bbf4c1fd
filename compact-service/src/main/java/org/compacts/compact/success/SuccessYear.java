package org.compacts.compact.success;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The successes log's figures for a stretch of time, as a compact's annual review records
 * them: the successes recorded in it and how far each has got. Asked in the compact's own
 * tenant; names none.
 */
@Component
public class SuccessYear {

	/**
	 * @param approved approved and not (yet) public
	 * @param caseStudies public
	 */
	public record Figures(int recorded, int drafts, int approved, int caseStudies) {
	}

	private final Successes successes;

	SuccessYear(Successes successes) {
		this.successes = successes;
	}

	/** The successes recorded from {@code from} up to, not including, {@code until}. */
	@Transactional(readOnly = true)
	public Figures recordedBetween(Instant from, Instant until) {
		int[] byState = new int[State.values().length];
		successes.findAll()
			.stream()
			.filter(success -> !success.createdAt().isBefore(from) && success.createdAt().isBefore(until))
			.forEach(success -> byState[success.state().ordinal()]++);
		int drafts = byState[State.DRAFT.ordinal()];
		int approved = byState[State.APPROVED.ordinal()];
		int caseStudies = byState[State.PUBLIC.ordinal()];
		return new Figures(drafts + approved + caseStudies, drafts, approved, caseStudies);
	}

}
