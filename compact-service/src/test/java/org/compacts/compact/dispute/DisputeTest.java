package org.compacts.compact.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.compacts.compact.dispute.Dispute.Details;
import org.compacts.compact.dispute.Dispute.Move;
import org.compacts.compact.dispute.Dispute.Mover;
import org.compacts.compact.item.ItemKind;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisputeTest {

	static final LocalDate MONDAY = LocalDate.of(2027, 5, 3);

	static final LocalDate TODAY = MONDAY.plusWeeks(10);

	static final Instant AT = Instant.parse("2027-07-12T09:00:00Z");

	static final Mover SAM = new Mover("sam.editor", "sam.editor@example.org");

	static final Mover KIM = new Mover("kim.admin", null);

	static final Details DETAILS = new Details("Funding cut without notice", "Three months' notice was not given.",
			List.of(new DisputeParty(UUID.randomUUID(), null), new DisputeParty(null, "Swale Borough Council")),
			List.of(new DisputeLink(UUID.randomUUID(), ItemKind.CODE)));

	private static Dispute raised() {
		return new Dispute(DETAILS, DisputeStage.RAISED, MONDAY, "Letter sent", SAM, StageDeadlines.DEFAULTS, TODAY,
				AT);
	}

	private static Move to(DisputeStage stage, LocalDate on) {
		return new Move(stage, on, null, null, null);
	}

	private static void assertRefused(Runnable change, String field) {
		assertThatThrownBy(change::run).isInstanceOf(Refusal.class)
			.satisfies(refusal -> assertThat(((Refusal) refusal).fields()).anyMatch(f -> f.field().equals(field)));
	}

	@Test
	void aRaisedDisputeHasItsFirstStageInItsHistoryWithItsDeadlineAndItsRaiserAsOwner() {
		Dispute dispute = raised();
		assertThat(dispute.stage()).isEqualTo(DisputeStage.RAISED);
		assertThat(dispute.stageDeadline()).isEqualTo(MONDAY.plusWeeks(2));
		assertThat(dispute.ownerUsername()).isEqualTo("sam.editor");
		assertThat(dispute.ownerEmail()).isEqualTo("sam.editor@example.org");
		assertThat(dispute.history()).singleElement().satisfies(change -> {
			assertThat(change.fromStage()).isNull();
			assertThat(change.toStage()).isEqualTo(DisputeStage.RAISED);
			assertThat(change.note()).isEqualTo("Letter sent");
		});
		// ten working days from a Monday end on the Friday week after: overdue from the
		// Saturday
		assertThat(dispute.overdueSince(MONDAY.plusWeeks(2))).isNull();
		assertThat(dispute.overdueSince(MONDAY.plusWeeks(2).plusDays(1))).isEqualTo(MONDAY.plusWeeks(2).plusDays(1));
	}

	@Test
	void itEscalatesSkippingStagesAndItsMoverBecomesItsOwner() {
		Dispute dispute = raised();
		dispute.move(to(DisputeStage.INFORMAL_RESOLUTION, MONDAY.plusDays(7)), KIM, StageDeadlines.DEFAULTS, TODAY, AT);
		dispute.move(to(DisputeStage.MEDIATION, MONDAY.plusDays(14)), SAM, StageDeadlines.DEFAULTS, TODAY,
				AT.plusSeconds(1));
		assertThat(dispute.stage()).isEqualTo(DisputeStage.MEDIATION);
		assertThat(dispute.stageSince()).isEqualTo(MONDAY.plusDays(14));
		assertThat(dispute.stageDeadline()).isEqualTo(MONDAY.plusDays(14).plusWeeks(8));
		assertThat(dispute.ownerUsername()).isEqualTo("sam.editor");
		assertThat(dispute.history()).extracting(StageChange::toStage)
			.containsExactly(DisputeStage.MEDIATION, DisputeStage.INFORMAL_RESOLUTION, DisputeStage.RAISED);
		assertThat(dispute.history().get(1).movedBy()).isEqualTo("kim.admin");
	}

	@Test
	void itNeverGoesBackNorStaysWhereItIsNorMovesOnADayToComeOrBeforeItsStageBegan() {
		Dispute dispute = raised();
		dispute.move(to(DisputeStage.MEDIATION, MONDAY.plusDays(7)), SAM, StageDeadlines.DEFAULTS, TODAY, AT);
		assertRefused(() -> dispute.move(to(DisputeStage.INFORMAL_RESOLUTION, TODAY), SAM, StageDeadlines.DEFAULTS,
				TODAY, AT), "stage");
		assertRefused(() -> dispute.move(to(DisputeStage.MEDIATION, TODAY), SAM, StageDeadlines.DEFAULTS, TODAY, AT),
				"stage");
		assertRefused(() -> dispute.move(to(DisputeStage.ADVOCACY, TODAY.plusDays(1)), SAM, StageDeadlines.DEFAULTS,
				TODAY, AT), "on");
		assertRefused(() -> dispute.move(to(DisputeStage.ADVOCACY, MONDAY.plusDays(6)), SAM, StageDeadlines.DEFAULTS,
				TODAY, AT), "on");
		assertThat(dispute.history()).hasSize(2);
	}

	@Test
	void itIsResolvedWithAnOutcomeOrWithdrawnWithAReasonAndThenMovesNoMore() {
		Dispute dispute = raised();
		assertRefused(() -> dispute.move(to(DisputeStage.RESOLVED, TODAY), SAM, StageDeadlines.DEFAULTS, TODAY, AT),
				"outcome");
		assertRefused(() -> dispute.move(to(DisputeStage.WITHDRAWN, TODAY), SAM, StageDeadlines.DEFAULTS, TODAY, AT),
				"reason");
		dispute.move(new Move(DisputeStage.RESOLVED, TODAY, null, " Notice restored ", null), SAM,
				StageDeadlines.DEFAULTS, TODAY, AT);
		assertThat(dispute.outcome()).isEqualTo("Notice restored");
		assertThat(dispute.stageDeadline()).isNull();
		assertThat(dispute.closedOn()).isEqualTo(TODAY);
		assertThat(dispute.overdueSince(TODAY.plusYears(1))).isNull();
		assertRefused(() -> dispute.move(new Move(DisputeStage.WITHDRAWN, TODAY, null, null, "r"), SAM,
				StageDeadlines.DEFAULTS, TODAY, AT), "stage");
	}

	@ParameterizedTest
	@EnumSource(value = DisputeStage.class, names = { "RESOLVED", "WITHDRAWN" })
	void itIsNeverRaisedClosed(DisputeStage stage) {
		assertRefused(() -> new Dispute(DETAILS, stage, MONDAY, null, SAM, StageDeadlines.DEFAULTS, TODAY, AT),
				"stage");
	}

	@Test
	void itIsBetweenTwoPartiesAtLeastAboutOneCodeAtLeastAndRaisedByToday() {
		assertRefused(() -> new Dispute(new Details("t", "s",
				List.of(new DisputeParty(null, "Swale CVS"), new DisputeParty(null, "Swale CVS")), DETAILS.links()),
				DisputeStage.RAISED, MONDAY, null, SAM, StageDeadlines.DEFAULTS, TODAY, AT), "parties");
		assertRefused(() -> new Dispute(new Details("t", "s", DETAILS.parties(), List.of()), DisputeStage.RAISED,
				MONDAY, null, SAM, StageDeadlines.DEFAULTS, TODAY, AT), "itemIds");
		assertRefused(() -> new Dispute(DETAILS, DisputeStage.RAISED, TODAY.plusDays(1), null, SAM,
				StageDeadlines.DEFAULTS, TODAY, AT), "raisedOn");
	}

	@Test
	void onlyAResolvedDisputesWrittenSummaryIsPublishedAndAPublishedOneIsNotRewritten() {
		Dispute dispute = raised();
		assertRefused(() -> dispute.publishSummary(TODAY), "stage");
		dispute.move(new Move(DisputeStage.RESOLVED, TODAY, null, "Agreed", null), SAM, StageDeadlines.DEFAULTS, TODAY,
				AT);
		assertRefused(() -> dispute.publishSummary(TODAY), "publicSummary");
		dispute.writePublicSummary("A funder cut a grant without the notice the funding code asks. ");
		dispute.publishSummary(TODAY);
		assertThat(dispute.summaryPublishedOn()).isEqualTo(TODAY);
		assertRefused(() -> dispute.writePublicSummary("Other"), "publicSummary");
		dispute.withdrawSummary();
		dispute.writePublicSummary("Other");
		assertThat(dispute.publicSummary()).isEqualTo("Other");
		assertThat(dispute.isPublished()).isFalse();
	}

}
