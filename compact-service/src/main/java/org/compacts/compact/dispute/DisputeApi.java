package org.compacts.compact.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compacts.compact.item.ItemLinks.Link;
import org.compacts.compact.web.DayOfRecord;
import org.compacts.servicekit.web.FormFields;
import org.jspecify.annotations.Nullable;

/** What the disputes API reads and writes, as its callers name it. */
final class DisputeApi {

	private DisputeApi() {
	}

	/** A party: an organisation of the register by id, or a name, not both. */
	record PartyInput(@Nullable UUID organisationId, @Nullable @Size(max = 200) String name) {

		PartyInput {
			name = FormFields.strippedOrNull(name);
		}

	}

	record DetailsInput(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String summary,
			@NotNull @Size(max = 10) List<@NotNull @Valid PartyInput> parties,
			@Nullable @Size(max = 50) List<@NotNull UUID> itemIds) {

		DetailsInput {
			itemIds = itemIds == null ? List.of() : itemIds;
		}

	}

	/**
	 * @param stage the first stage: RAISED unless the dispute is logged once under way
	 */
	record RaiseInput(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String summary,
			@NotNull @Size(max = 10) List<@NotNull @Valid PartyInput> parties,
			@Nullable @Size(max = 50) List<@NotNull UUID> itemIds, @NotNull @DayOfRecord LocalDate raisedOn,
			@Nullable DisputeStage stage, @Nullable @Size(max = 4000) String note) {

		RaiseInput {
			itemIds = itemIds == null ? List.of() : itemIds;
			stage = stage == null ? DisputeStage.RAISED : stage;
			note = FormFields.strippedOrNull(note);
		}

		DetailsInput details() {
			return new DetailsInput(title, summary, parties, itemIds);
		}

	}

	record MoveInput(@NotNull DisputeStage stage, @NotNull @DayOfRecord LocalDate on,
			@Nullable @Size(max = 4000) String note, @Nullable @Size(max = 4000) String outcome,
			@Nullable @Size(max = 2000) String reason) {

		MoveInput {
			note = FormFields.strippedOrNull(note);
			outcome = FormFields.strippedOrNull(outcome);
			reason = FormFields.strippedOrNull(reason);
		}

		Dispute.Move toMove() {
			return new Dispute.Move(stage, on, note, outcome, reason);
		}

	}

	record SummaryInput(@NotBlank @Size(max = 4000) String publicSummary) {
	}

	/** Working days per open stage, each from 1 to 260 (a year of working days). */
	record DeadlinesInput(@NotNull @Min(1) @Max(260) Integer raised,
			@NotNull @Min(1) @Max(260) Integer informalResolution, @NotNull @Min(1) @Max(260) Integer localProcedure,
			@NotNull @Min(1) @Max(260) Integer mediation, @NotNull @Min(1) @Max(260) Integer advocacy,
			@NotNull @Min(1) @Max(260) Integer ombudsman) {

		StageDeadlines toDeadlines() {
			return new StageDeadlines(Map.of(DisputeStage.RAISED, raised, DisputeStage.INFORMAL_RESOLUTION,
					informalResolution, DisputeStage.LOCAL_PROCEDURE, localProcedure, DisputeStage.MEDIATION, mediation,
					DisputeStage.ADVOCACY, advocacy, DisputeStage.OMBUDSMAN, ombudsman));
		}

	}

	/**
	 * @param version 0 while the compact uses the defaults, so that the first change
	 * names it too
	 * @param own whether the compact set its own, or the defaults hold
	 */
	record DeadlinesView(int raised, int informalResolution, int localProcedure, int mediation, int advocacy,
			int ombudsman, boolean own, long version) {

		static DeadlinesView of(StageDeadlines deadlines, boolean own, long version) {
			Map<DisputeStage, Integer> days = deadlines.workingDays();
			return new DeadlinesView(days.get(DisputeStage.RAISED), days.get(DisputeStage.INFORMAL_RESOLUTION),
					days.get(DisputeStage.LOCAL_PROCEDURE), days.get(DisputeStage.MEDIATION),
					days.get(DisputeStage.ADVOCACY), days.get(DisputeStage.OMBUDSMAN), own, version);
		}

	}

	/**
	 * @param name the register's name when named by id, else as given
	 */
	record PartyView(@Nullable UUID organisationId, String name) {
	}

	record Owner(String username, @Nullable String email) {
	}

	record ChangeView(UUID id, @Nullable DisputeStage fromStage, DisputeStage toStage, LocalDate on,
			@Nullable LocalDate deadline, @Nullable String note, String by, Instant at) {

		static ChangeView of(StageChange change) {
			return new ChangeView(change.id(), change.fromStage(), change.toStage(), change.on(), change.deadline(),
					change.note(), change.movedBy(), change.movedAt());
		}

	}

	/**
	 * @param overdueSince the day after the current stage's deadline, once it has come
	 */
	record DisputeView(UUID id, String title, String summary, List<PartyView> parties, List<Link> links,
			DisputeStage stage, LocalDate raisedOn, LocalDate stageSince, @Nullable LocalDate stageDeadline,
			@Nullable LocalDate overdueSince, Owner owner, @Nullable String outcome, @Nullable String withdrawalReason,
			@Nullable String publicSummary, @Nullable LocalDate summaryPublishedOn, List<ChangeView> history,
			long version) {

		static DisputeView of(Dispute dispute, List<PartyView> parties, List<Link> links, LocalDate today) {
			return new DisputeView(dispute.id(), dispute.title(), dispute.summary(), parties, links, dispute.stage(),
					dispute.raisedOn(), dispute.stageSince(), dispute.stageDeadline(), dispute.overdueSince(today),
					new Owner(dispute.ownerUsername(), dispute.ownerEmail()), dispute.outcome(),
					dispute.withdrawalReason(), dispute.publicSummary(), dispute.summaryPublishedOn(),
					dispute.history().stream().map(ChangeView::of).toList(), dispute.version());
		}

	}

	/** A dispute on the log's list. */
	record DisputeSummary(UUID id, String title, List<PartyView> parties, List<Link> links, DisputeStage stage,
			LocalDate raisedOn, LocalDate stageSince, @Nullable LocalDate stageDeadline,
			@Nullable LocalDate overdueSince, @Nullable LocalDate closedOn, boolean published, long version) {

		static DisputeSummary of(Dispute dispute, List<PartyView> parties, List<Link> links, LocalDate today) {
			return new DisputeSummary(dispute.id(), dispute.title(), parties, links, dispute.stage(),
					dispute.raisedOn(), dispute.stageSince(), dispute.stageDeadline(), dispute.overdueSince(today),
					dispute.closedOn(), dispute.isPublished(), dispute.version());
		}

	}

	record ItemCount(Link item, int open, int all) {
	}

	/**
	 * @param medianDaysToResolve from raised to resolved, in calendar days; null when
	 * none is resolved
	 */
	record FiguresView(int open, int resolved, int withdrawn, Map<DisputeStage, Integer> openByStage,
			List<ItemCount> byItem, @Nullable Double medianDaysToResolve) {
	}

	/**
	 * What the public reads of a resolved dispute: the agreed summary, the principles and
	 * codes it concerned and when; never its parties, title, history or outcome.
	 */
	record PublishedSummary(UUID id, List<Link> links, LocalDate raisedOn, LocalDate resolvedOn, long daysToResolve,
			String summary, LocalDate publishedOn) {

		static PublishedSummary of(Dispute dispute, List<Link> links) {
			return new PublishedSummary(dispute.id(), links, dispute.raisedOn(), dispute.stageSince(),
					ChronoUnit.DAYS.between(dispute.raisedOn(), dispute.stageSince()), dispute.publicSummary(),
					dispute.summaryPublishedOn());
		}

	}

}
