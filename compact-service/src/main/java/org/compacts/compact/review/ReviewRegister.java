package org.compacts.compact.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.compacts.compact.dispute.DisputeYear;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.indicator.IndicatorRollup;
import org.compacts.compact.meeting.MattersArising;
import org.compacts.compact.plan.PlanRollup;
import org.compacts.compact.success.SuccessYear;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's steering group and annual reviews, each change in one transaction
 * under the row's lock: it reads the year's figures from the plan, indicators, disputes
 * and successes, and lets the {@link AnnualReview} and {@link SteeringGroup} decide.
 */
@Service
@Transactional
class ReviewRegister {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final AnnualReviews reviews;

	private final SteeringGroups groups;

	private final PlanRollup plans;

	private final IndicatorRollup indicators;

	private final DisputeYear disputes;

	private final SuccessYear successes;

	private final MattersArising matters;

	private final JsonMapper json;

	private final SuggestionRegister suggestions;

	private final Clock clock;

	ReviewRegister(AnnualReviews reviews, SteeringGroups groups, PlanRollup plans, IndicatorRollup indicators,
			DisputeYear disputes, SuccessYear successes, MattersArising matters, JsonMapper json,
			SuggestionRegister suggestions, ObjectProvider<Clock> clock) {
		this.suggestions = suggestions;
		this.reviews = reviews;
		this.groups = groups;
		this.plans = plans;
		this.indicators = indicators;
		this.disputes = disputes;
		this.successes = successes;
		this.matters = matters;
		this.json = json;
		this.clock = clock.getIfAvailable(() -> Clock.system(ENGLAND));
	}

	/**
	 * A review as read inside the transaction.
	 *
	 * @param frozen whether the snapshot is the one kept at sign-off, or taken now
	 */
	record Shown(UUID id, int year, ReviewState state, List<Answer> answers, List<Amendment> amendments,
			ReviewSnapshot snapshot, boolean frozen, String startedBy, Instant startedAt, @Nullable String signedOffBy,
			@Nullable String signedOffFor, @Nullable LocalDate signedOffOn, @Nullable Instant publishedAt,
			long version) {
	}

	/** A steering group as read inside the transaction. */
	record Group(UUID id, String name, int meetingsPerYear, List<Member> members, long version) {

		static Group of(SteeringGroup group) {
			return new Group(group.id(), group.name(), group.meetingsPerYear(), group.members(), group.version());
		}

	}

	/** The group and what its next agenda starts from. */
	record Agenda(Group group, MattersArising.@Nullable FromLast fromLastMeeting, @Nullable LocalDate nextMeetingDueBy,
			List<MattersArising.GroupMeeting> meetings) {
	}

	/**
	 * Newest year first: every review for members, the published ones for anyone else.
	 */
	@Transactional(readOnly = true)
	List<Shown> all(Reach reach) {
		List<AnnualReview> found = reach == Reach.MEMBER ? reviews.findAllByOrderByYearDesc()
				: reviews.findByStateOrderByYearDesc(ReviewState.PUBLISHED);
		return found.stream().map(this::shown).toList();
	}

	/** Not found for a reader who may not see it: an unpublished one to a non-member. */
	@Transactional(readOnly = true)
	Shown one(int year, Reach reach) {
		return reviews.findByYear(year)
			.filter(review -> reach == Reach.MEMBER || review.isPublished())
			.map(this::shown)
			.orElseThrow(ReviewRegister::notFound);
	}

	/**
	 * The year's draft, from the latest review before it when there is one, with the
	 * suggestions of the standing register made since.
	 */
	Shown start(int year, String by) {
		if (reviews.findByYear(year).isPresent()) {
			throw Refusal.conflict("This compact has a review of " + year + " already.", "year", "has a review");
		}
		Optional<AnnualReview> last = reviews.findFirstByOrderByYearDesc();
		AnnualReview review = reviews.saveAndFlush(new AnnualReview(year, last.orElse(null), by, clock.instant()));
		suggestions.gatherInto(review);
		return shown(reviews.saveAndFlush(review));
	}

	Shown answer(int year, ExpectedVersion expected, List<Answer> answers) {
		return change(year, expected, review -> review.answer(answers));
	}

	Shown suggest(int year, ExpectedVersion expected, String suggestion, String suggestedBy, LocalDate receivedOn) {
		return change(year, expected, review -> review.suggest(suggestion, suggestedBy, receivedOn));
	}

	Shown decide(int year, UUID amendmentId, ExpectedVersion expected, Decision decision, @Nullable String reason) {
		return change(year, expected, review -> review.decide(amendmentId, decision, reason));
	}

	/** Signed off for the compact's steering group, which it must have. */
	Shown signOff(int year, ExpectedVersion expected, String by) {
		return change(year, expected, review -> {
			SteeringGroup group = groups.current()
				.orElseThrow(() -> Refusal.conflict(
						"A review is signed off by the compact's steering group; " + "this compact has none yet.",
						"steeringGroup", "is missing"));
			review.signOff(json.writeValueAsString(taken(review.year())), by, group.signingFor(), today());
		});
	}

	Shown publish(int year, ExpectedVersion expected) {
		return change(year, expected, review -> review.publish(clock.instant()));
	}

	@Transactional(readOnly = true)
	Optional<Group> group() {
		return groups.current().map(Group::of);
	}

	/**
	 * Creates the group when the compact has none; otherwise changes it, naming the
	 * version changed.
	 */
	Group describeGroup(ExpectedVersion expected, String name, int meetingsPerYear, List<Member> members) {
		Optional<SteeringGroup> current = groups.lockCurrent();
		if (current.isEmpty()) {
			return Group.of(groups.saveAndFlush(new SteeringGroup(name, meetingsPerYear, members)));
		}
		SteeringGroup group = current.get();
		expected.require(group.version());
		group.change(name, meetingsPerYear, members);
		groups.flush();
		return Group.of(group);
	}

	/**
	 * The matters arising from the last meeting held, and when the next is due by the
	 * group's schedule (its meetings spread evenly over the year).
	 */
	@Transactional(readOnly = true)
	Agenda nextAgenda() {
		SteeringGroup group = groups.current()
			.orElseThrow(() -> Refusal.notFound("This compact has no steering group yet."));
		MattersArising.FromLast last = matters.fromLastMeetingBy(today()).orElse(null);
		LocalDate dueBy = last == null ? null : last.heldOn().plusMonths(12 / group.meetingsPerYear());
		return new Agenda(Group.of(group), last, dueBy, matters.ofSteeringGroup());
	}

	private Shown change(int year, ExpectedVersion expected, Consumer<AnnualReview> change) {
		AnnualReview review = reviews.lockByYear(year).orElseThrow(ReviewRegister::notFound);
		expected.require(review.version());
		change.accept(review);
		reviews.flush();
		return shown(review);
	}

	private Shown shown(AnnualReview review) {
		String kept = review.snapshot();
		ReviewSnapshot snapshot = kept == null ? taken(review.year()) : json.readValue(kept, ReviewSnapshot.class);
		return new Shown(review.id(), review.year(), review.state(), review.answers(), review.amendments(), snapshot,
				kept != null, review.startedBy(), review.startedAt(), review.signedOffBy(), review.signedOffFor(),
				review.signedOffOn(), review.publishedAt(), review.version());
	}

	/** The year's figures as they stand today. */
	private ReviewSnapshot taken(int year) {
		LocalDate from = ReviewSnapshot.startOf(year);
		LocalDate until = ReviewSnapshot.startOf(year + 1);
		return ReviewSnapshot.assemble(year, today(), plans.ofCompact(ReviewSnapshot.periodOf(year)),
				indicators.ofCompactByRag(), disputes.raisedBetween(from, until), successes
					.recordedBetween(from.atStartOfDay(ENGLAND).toInstant(), until.atStartOfDay(ENGLAND).toInstant()));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static Refusal notFound() {
		return Refusal.notFound("No review of that year in this compact.");
	}

}
