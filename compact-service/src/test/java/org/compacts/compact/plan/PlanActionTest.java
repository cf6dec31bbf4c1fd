package org.compacts.compact.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.compacts.compact.item.ItemKind;
import org.compacts.compact.plan.PlanAction.Ambition;
import org.compacts.compact.plan.PlanAction.Details;
import org.compacts.compact.plan.PlanAction.Priority;
import org.compacts.compact.plan.PlanAction.Progress;
import org.compacts.compact.plan.PlanAction.Status;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanActionTest {

	static final LocalDate TODAY = LocalDate.of(2027, 9, 15);

	static final Instant NOW = Instant.parse("2027-09-15T10:00:00Z");

	static Details details(String measure, UUID organisation, String person, LocalDate startOn, LocalDate dueOn) {
		return new Details("Raise awareness of the Compact", "Every school knows the Compact", measure, organisation,
				null, person, List.of("Local Children's Trust"), startOn, dueOn, Priority.HIGH, Ambition.ACHIEVABLE,
				List.of());
	}

	static PlanAction smartAction() {
		return new PlanAction(UUID.randomUUID(),
				details("Schools reached", null, "Pat Officer", TODAY.minusMonths(2), TODAY.plusMonths(6)),
				"sam.editor", NOW);
	}

	static Progress progress(Status status, int progress) {
		return new Progress(TODAY, status, progress, "Met the trust", null, null);
	}

	static Progress done(LocalDate on) {
		return new Progress(TODAY, Status.DONE, 100, "All schools reached", on, null);
	}

	static Progress dropped(String reason) {
		return new Progress(TODAY, Status.DROPPED, 40, "No funding", null, reason);
	}

	static void assertRefusedNaming(Executable change, Refusal.Ground ground, String field) {
		assertThatThrownBy(change::execute).isInstanceOfSatisfying(Refusal.class, refusal -> {
			assertThat(refusal.ground()).isEqualTo(ground);
			assertThat(refusal.fields()).extracting(invalid -> invalid.field()).containsExactly(field);
		});
	}

	@Test
	void aNewActionHasNotStartedAndHasNoHistory() {
		PlanAction action = smartAction();

		assertThat(action.status()).isEqualTo(Status.NOT_STARTED);
		assertThat(action.progress()).isZero();
		assertThat(action.updates()).isEmpty();
		assertThat(action.notSmart()).isEmpty();
	}

	@Test
	void anActionIsNotDueBeforeItStarts() {
		assertRefusedNaming(() -> new PlanAction(UUID.randomUUID(), details("m", null, "p", TODAY, TODAY.minusDays(1)),
				"sam.editor", NOW), Refusal.Ground.INVALID, "dueOn");
		PlanAction action = smartAction();
		LocalDate due = action.dueOn();

		assertRefusedNaming(() -> action.describe(details("m", null, "p", TODAY, TODAY.minusDays(1))),
				Refusal.Ground.INVALID, "dueOn");

		assertThat(action.dueOn()).isEqualTo(due);
		action.describe(details("m", null, "p", TODAY, TODAY));
		assertThat(action.dueOn()).isEqualTo(TODAY);
	}

	@Test
	void anActionMissingAMeasureAnOwnerOrADueDateIsNotSmartNamingWhatIsMissing() {
		PlanAction action = smartAction();

		action.describe(details(" ", null, null, null, null));
		assertThat(action.notSmart()).containsExactly("measure", "owner", "dueOn");

		action.describe(details("Schools reached", UUID.randomUUID(), null, null, TODAY));
		assertThat(action.notSmart()).isEmpty();

		action.describe(new Details("t", null, null, null, "Swale CVS", null, List.of(), null, null, Priority.LOW,
				Ambition.ASPIRATIONAL, List.of()));
		assertThat(action.notSmart()).containsExactly("measure", "dueOn");
	}

	@Test
	void anActionIsOverdueAfterItsDueDateUnlessDoneOrDropped() {
		PlanAction action = new PlanAction(UUID.randomUUID(), details("m", null, "p", null, TODAY), "sam.editor", NOW);

		assertThat(action.isOverdue(TODAY)).isFalse();
		assertThat(action.isOverdue(TODAY.plusDays(1))).isTrue();

		action.record(done(TODAY), "sam.editor", TODAY, NOW);
		assertThat(action.isOverdue(TODAY.plusDays(1))).isFalse();

		action.record(dropped("No funding"), "sam.editor", TODAY, NOW.plusSeconds(1));
		assertThat(action.isOverdue(TODAY.plusDays(1))).isFalse();

		action.describe(details("m", null, "p", null, null));
		action.record(progress(Status.ON_TRACK, 10), "sam.editor", TODAY, NOW.plusSeconds(2));
		assertThat(action.isOverdue(TODAY.plusYears(5))).isFalse();
	}

	@Test
	void anUpdateMovesTheActionAndIsKeptNewestFirstWithTheStatusItMovedFrom() {
		PlanAction action = smartAction();

		ActionUpdate first = action.record(progress(Status.ON_TRACK, 20), "sam.editor", TODAY, NOW);
		ActionUpdate second = action.record(progress(Status.AT_RISK, 30), "kim.admin", TODAY, NOW.plusSeconds(60));

		assertThat(action.status()).isEqualTo(Status.AT_RISK);
		assertThat(action.progress()).isEqualTo(30);
		assertThat(action.updates()).containsExactly(second, first);
		assertThat(first.fromStatus()).isEqualTo(Status.NOT_STARTED);
		assertThat(first.toStatus()).isEqualTo(Status.ON_TRACK);
		assertThat(second.fromStatus()).isEqualTo(Status.ON_TRACK);
		assertThat(second.madeBy()).isEqualTo("kim.admin");
		assertThat(second.note()).isEqualTo("Met the trust");
	}

	@Test
	void doneNeedsAPastCompletionDateAndFullProgressAndARefusalRecordsNothing() {
		PlanAction action = smartAction();

		assertRefusedNaming(() -> action.record(done(null), "sam.editor", TODAY, NOW), Refusal.Ground.INVALID,
				"completedOn");
		assertRefusedNaming(() -> action.record(done(TODAY.plusDays(1)), "sam.editor", TODAY, NOW),
				Refusal.Ground.INVALID, "completedOn");
		assertRefusedNaming(
				() -> action.record(new Progress(TODAY, Status.DONE, 99, "n", TODAY, null), "sam.editor", TODAY, NOW),
				Refusal.Ground.INVALID, "progress");

		assertThat(action.updates()).isEmpty();
		assertThat(action.status()).isEqualTo(Status.NOT_STARTED);
		action.record(done(TODAY.minusDays(3)), "sam.editor", TODAY, NOW);
		assertThat(action.status()).isEqualTo(Status.DONE);
		assertThat(action.completedOn()).isEqualTo(TODAY.minusDays(3));
		assertThat(action.progress()).isEqualTo(100);
	}

	@Test
	void droppedNeedsAReason() {
		PlanAction action = smartAction();

		assertRefusedNaming(() -> action.record(dropped(null), "sam.editor", TODAY, NOW), Refusal.Ground.INVALID,
				"reason");
		assertRefusedNaming(() -> action.record(dropped("  "), "sam.editor", TODAY, NOW), Refusal.Ground.INVALID,
				"reason");

		action.record(dropped(" The trust closed "), "sam.editor", TODAY, NOW);
		assertThat(action.status()).isEqualTo(Status.DROPPED);
		assertThat(action.dropReason()).isEqualTo("The trust closed");
		assertThat(action.completedOn()).isNull();
	}

	@Test
	void aDoneOrDroppedActionTakesOnlyAnUpdateThatReopensItWhichClearsCompletionAndReason() {
		PlanAction action = smartAction();
		action.record(done(TODAY), "sam.editor", TODAY, NOW);

		assertRefusedNaming(() -> action.record(done(TODAY), "sam.editor", TODAY, NOW.plusSeconds(1)),
				Refusal.Ground.NOT_ALLOWED, "status");
		action.record(progress(Status.AT_RISK, 80), "sam.editor", TODAY, NOW.plusSeconds(2));
		assertThat(action.completedOn()).isNull();
		assertThat(action.progress()).isEqualTo(80);

		action.record(dropped("Merged into another action"), "sam.editor", TODAY, NOW.plusSeconds(3));
		assertRefusedNaming(() -> action.record(dropped("again"), "sam.editor", TODAY, NOW.plusSeconds(4)),
				Refusal.Ground.NOT_ALLOWED, "status");
		action.record(progress(Status.ON_TRACK, 80), "sam.editor", TODAY, NOW.plusSeconds(5));

		assertThat(action.dropReason()).isNull();
		assertThat(action.status()).isEqualTo(Status.ON_TRACK);
		assertThat(action.updates()).extracting(ActionUpdate::toStatus)
			.containsExactly(Status.ON_TRACK, Status.DROPPED, Status.AT_RISK, Status.DONE);
	}

	@Test
	void anUpdateIsNotDatedAfterTodayAndItsProgressIsAPercentage() {
		PlanAction action = smartAction();

		assertRefusedNaming(() -> action.record(new Progress(TODAY.plusDays(1), Status.ON_TRACK, 5, "n", null, null),
				"sam.editor", TODAY, NOW), Refusal.Ground.INVALID, "on");
		assertRefusedNaming(() -> action.record(progress(Status.ON_TRACK, 101), "sam.editor", TODAY, NOW),
				Refusal.Ground.INVALID, "progress");
		assertRefusedNaming(() -> action.record(progress(Status.ON_TRACK, -1), "sam.editor", TODAY, NOW),
				Refusal.Ground.INVALID, "progress");

		assertThat(action.updates()).isEmpty();
	}

	@Test
	void aLinkNamedTwiceIsOneLink() {
		UUID item = UUID.randomUUID();
		Details twice = new Details("t", null, null, null, null, null, List.of(), null, null, Priority.MEDIUM,
				Ambition.ACHIEVABLE, List.of(new ActionLink(item, ItemKind.CODE), new ActionLink(item, ItemKind.CODE)));

		assertThat(twice.links()).containsExactly(new ActionLink(item, ItemKind.CODE));
	}

	@Test
	void aTallyCountsEveryStatusAndThePercentageDoneOfThoseNotDropped() {
		PlanAction done = smartAction();
		done.record(done(TODAY), "sam.editor", TODAY, NOW);
		PlanAction dropped = smartAction();
		dropped.record(dropped("gone"), "sam.editor", TODAY, NOW);
		PlanAction overdueAndNotSmart = new PlanAction(UUID.randomUUID(),
				details(null, null, "p", null, TODAY.minusDays(1)), "sam.editor", NOW);
		PlanAction onTrack = smartAction();
		onTrack.record(progress(Status.ON_TRACK, 50), "sam.editor", TODAY, NOW);

		ActionTally tally = ActionTally.of(List.of(done, dropped, overdueAndNotSmart, onTrack), TODAY);

		assertThat(tally.actions()).isEqualTo(4);
		assertThat(tally.byStatus()).containsOnlyKeys(Status.values())
			.containsEntry(Status.DONE, 1)
			.containsEntry(Status.DROPPED, 1)
			.containsEntry(Status.NOT_STARTED, 1)
			.containsEntry(Status.ON_TRACK, 1)
			.containsEntry(Status.AT_RISK, 0);
		assertThat(tally.overdue()).isEqualTo(1);
		assertThat(tally.notSmart()).isEqualTo(1);
		// 1 done of the 3 not dropped: 33.3, rounded down
		assertThat(tally.percentDone()).isEqualTo(33);
		assertThat(ActionTally.of(List.of(), TODAY).percentDone()).isZero();
		assertThat(ActionTally.of(List.of(dropped), TODAY).percentDone()).isZero();
	}

	@Test
	void aPlanListsItsActionsByDueDateThenTitleThoseWithoutADueDateLast() {
		PlanAction late = new PlanAction(UUID.randomUUID(), withTitle("A", TODAY.plusDays(9)), "s", NOW);
		PlanAction soonB = new PlanAction(UUID.randomUUID(), withTitle("B", TODAY), "s", NOW);
		PlanAction soonA = new PlanAction(UUID.randomUUID(), withTitle("A", TODAY), "s", NOW);
		PlanAction undated = new PlanAction(UUID.randomUUID(), withTitle("0", null), "s", NOW);

		assertThat(List.of(undated, late, soonB, soonA).stream().sorted(PlanAction.PLAN_ORDER).toList())
			.containsExactly(soonA, soonB, late, undated);
	}

	private static Details withTitle(String title, LocalDate dueOn) {
		return new Details(title, null, null, null, null, null, List.of(), null, dueOn, Priority.LOW,
				Ambition.ACHIEVABLE, List.of());
	}

}
