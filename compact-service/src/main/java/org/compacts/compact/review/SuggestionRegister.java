package org.compacts.compact.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.compacts.compact.item.ItemLinks;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's standing register of feedback and suggested amendments. A
 * suggestion made while a review is in draft is taken into it at once; one made between
 * reviews waits for the next review to be started, which gathers every one not yet
 * gathered ({@link #gatherInto}).
 */
@Service
@Transactional
class SuggestionRegister {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final AmendmentSuggestions suggestions;

	private final AnnualReviews reviews;

	private final ItemLinks items;

	private final Clock clock;

	SuggestionRegister(AmendmentSuggestions suggestions, AnnualReviews reviews, ItemLinks items,
			ObjectProvider<Clock> clock) {
		this.suggestions = suggestions;
		this.reviews = reviews;
		this.items = items;
		this.clock = clock.getIfAvailable(() -> Clock.system(ENGLAND));
	}

	@Transactional(readOnly = true)
	List<AmendmentSuggestion> all() {
		return suggestions.findAllByOrderByReceivedOnDescSuggestedAtDesc();
	}

	@Transactional(readOnly = true)
	AmendmentSuggestion one(UUID id) {
		return suggestions.findById(id).orElseThrow(SuggestionRegister::noSuch);
	}

	AmendmentSuggestion suggest(String suggestion, @Nullable UUID itemId, String suggestedBy, String account,
			@Nullable LocalDate receivedOn) {
		requireItem(itemId);
		LocalDate on = receivedOn == null ? LocalDate.now(clock.withZone(ENGLAND)) : receivedOn;
		AmendmentSuggestion made = suggestions
			.saveAndFlush(new AmendmentSuggestion(suggestion, itemId, suggestedBy, account, on, clock.instant()));
		reviews.findFirstByOrderByYearDesc()
			.filter(AnnualReview::isDraft)
			.flatMap(latest -> reviews.lockByYear(latest.year()))
			.ifPresent(draft -> {
				draft.gather(made.gatheredInto(draft.year()));
				reviews.flush();
			});
		return suggestions.saveAndFlush(made);
	}

	AmendmentSuggestion change(UUID id, ExpectedVersion expected, String suggestion, @Nullable UUID itemId,
			String suggestedBy, String by) {
		AmendmentSuggestion found = suggestions.findById(id).orElseThrow(SuggestionRegister::noSuch);
		expected.require(found.version());
		requireItem(itemId);
		found.change(suggestion, itemId, suggestedBy, by);
		return suggestions.saveAndFlush(found);
	}

	/**
	 * Every suggestion no review has gathered yet, into this draft, oldest first.
	 * @return how many it took
	 */
	int gatherInto(AnnualReview draft) {
		List<AmendmentSuggestion> waiting = suggestions.findByGatheredIntoIsNullOrderByReceivedOnAscSuggestedAtAsc();
		waiting.forEach(suggestion -> draft.gather(suggestion.gatheredInto(draft.year())));
		suggestions.flush();
		return waiting.size();
	}

	private void requireItem(@Nullable UUID itemId) {
		if (itemId != null && items.of(List.of(itemId)).isEmpty()) {
			throw Refusal.invalid("A suggestion names a principle or code of this compact, or none.", "itemId",
					"is not a principle or code of this compact");
		}
	}

	private static Refusal noSuch() {
		return Refusal.notFound("No such suggestion in this compact.");
	}

}
