package org.compacts.compact.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compacts.compact.federation.Visibility;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.ItemLinks.Link;
import org.compacts.compact.plan.PlanAction.Ambition;
import org.compacts.compact.plan.PlanAction.Priority;
import org.compacts.compact.plan.PlanAction.Status;
import org.compacts.compact.web.DayOfRecord;
import org.compacts.servicekit.web.FormFields;
import org.jspecify.annotations.Nullable;

/** What the plans API reads and writes, as its callers name it. */
final class PlanApi {

	private PlanApi() {
	}

	record PlanInput(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 7) String period,
			@Nullable Visibility visibility) {

		PlanInput {
			title = title == null ? null : title.strip();
			period = period == null ? null : period.strip();
			// shared with the county unless said otherwise
			visibility = visibility == null ? Visibility.COUNTY : visibility;
		}

	}

	/**
	 * Blank optional text is left out, as a form sends the fields its user left empty.
	 */
	record ActionInput(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 2000) String outcome,
			@Nullable @Size(max = 2000) String measure, @Nullable UUID ownerOrganisationId,
			@Nullable @Size(max = 200) String ownerOrganisationName, @Nullable @Size(max = 200) String ownerPerson,
			@Nullable @Size(max = 50) List<@NotBlank @Size(max = 200) String> partners, @Nullable LocalDate startOn,
			@Nullable LocalDate dueOn, @NotNull Priority priority, @NotNull Ambition ambition,
			@Nullable @Size(max = 100) List<@NotNull UUID> itemIds,
			@Nullable @Size(max = 100) List<@NotNull UUID> indicatorIds,
			@Nullable @Email @Size(max = 254) String ownerEmail) {

		ActionInput {
			title = title == null ? null : title.strip();
			outcome = FormFields.strippedOrNull(outcome);
			measure = FormFields.strippedOrNull(measure);
			ownerOrganisationName = FormFields.strippedOrNull(ownerOrganisationName);
			ownerPerson = FormFields.strippedOrNull(ownerPerson);
			ownerEmail = FormFields.strippedOrNull(ownerEmail);
			ownerEmail = ownerEmail == null ? null : ownerEmail.toLowerCase(Locale.ROOT);
			partners = partners == null ? List.of()
					: partners.stream().map(partner -> partner == null ? null : partner.strip()).toList();
			itemIds = itemIds == null ? List.of() : itemIds;
			indicatorIds = indicatorIds == null ? List.of() : indicatorIds;
		}

		PlanAction.Details details(List<ActionLink> links) {
			return new PlanAction.Details(title, outcome, measure, ownerOrganisationId, ownerOrganisationName,
					ownerPerson, partners, startOn, dueOn, priority, ambition, links, indicatorIds);
		}

	}

	record UpdateInput(@NotNull @DayOfRecord LocalDate on, @NotNull Status status,
			@NotNull @Min(0) @Max(100) Integer progress, @NotBlank @Size(max = 4000) String note,
			@Nullable @DayOfRecord LocalDate completedOn, @Nullable @Size(max = 2000) String reason) {

		UpdateInput {
			note = note == null ? null : note.strip();
			reason = FormFields.strippedOrNull(reason);
		}

		PlanAction.Progress toProgress() {
			return new PlanAction.Progress(on, status, progress, note, completedOn, reason);
		}

	}

	record PlanSummary(UUID id, String title, String period, Visibility visibility, long version, int actions,
			Map<Status, Integer> byStatus, int overdue, int notSmart, int percentDone) {

		static PlanSummary of(ActionPlan plan, ActionTally tally) {
			return new PlanSummary(plan.id(), plan.title(), plan.period(), plan.visibility(), plan.version(),
					tally.actions(), tally.byStatus(), tally.overdue(), tally.notSmart(), tally.percentDone());
		}

	}

	/**
	 * @param actions those the reader's filter leaves, all of them when none is given
	 * @param totalActions how many actions the plan has, whatever the filter
	 */
	record PlanView(UUID id, String title, String period, Visibility visibility, long version, List<ActionView> actions,
			int totalActions) {

		static PlanView of(ActionPlan plan, List<ActionView> actions) {
			return new PlanView(plan.id(), plan.title(), plan.period(), plan.visibility(), plan.version(), actions,
					actions.size());
		}

		PlanView filtered(ActionFilter filter) {
			return new PlanView(id, title, period, visibility, version, actions.stream().filter(filter).toList(),
					totalActions);
		}

	}

	/**
	 * @param organisationName the register's name when the owner is named by id, else as
	 * given
	 */
	record Owner(@Nullable UUID organisationId, @Nullable String organisationName, @Nullable String person,
			@Nullable String email) {
	}

	/** An indicator an action moves, and how it stands (GREEN, AMBER, RED or NONE). */
	record IndicatorLink(UUID id, String name, String rag) {
	}

	record UpdateView(UUID id, LocalDate on, String note, Status fromStatus, Status toStatus, int progress, String by,
			Instant at) {

		static UpdateView of(ActionUpdate update) {
			return new UpdateView(update.id(), update.on(), update.note(), update.fromStatus(), update.toStatus(),
					update.progress(), update.madeBy(), update.madeAt());
		}

	}

	record ActionView(UUID id, UUID planId, String title, @Nullable String outcome, @Nullable String measure,
			Owner owner, List<String> partners, @Nullable LocalDate startOn, @Nullable LocalDate dueOn,
			Priority priority, Ambition ambition, Status status, int progress, @Nullable LocalDate completedOn,
			@Nullable String dropReason, boolean overdue, List<String> notSmart, List<Link> links,
			List<IndicatorLink> indicators, List<UpdateView> updates, long version, @Nullable Arising arisingFrom,
			@Nullable FromConsultation fromConsultation) {

		static ActionView of(PlanAction action, Owner owner, List<Link> links, List<IndicatorLink> indicators,
				LocalDate today) {
			return new ActionView(action.id(), action.planId(), action.title(), action.outcome(), action.measure(),
					owner, action.partners(), action.startOn(), action.dueOn(), action.priority(), action.ambition(),
					action.status(), action.progress(), action.completedOn(), action.dropReason(),
					action.isOverdue(today), action.notSmart(), links, indicators,
					action.updates().stream().map(UpdateView::of).toList(), action.version(),
					action.arisingMeetingId() == null ? null
							: new Arising(action.arisingMeetingId(), action.arisingMeetingOn()),
					action.arisingConsultationId() == null ? null
							: new FromConsultation(action.arisingConsultationId(), action.arisingPoint()));
		}

	}

	/** The meeting an action arose from, held on that day. */
	record Arising(UUID meetingId, LocalDate heldOn) {
	}

	/** The consultation an action arose from, and which of its points. */
	record FromConsultation(UUID consultationId, String point) {
	}

	/** An update as made, and the action after it. */
	record Recorded(UUID updateId, ActionView action) {
	}

}
