package org.compacts.portal.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.compacts.portal.backend.ItemNames;
import org.compacts.portal.backend.Services;
import org.compacts.portal.plan.Choices.Ambition;
import org.compacts.portal.plan.Choices.Priority;
import org.compacts.portal.plan.Choices.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * compact-service's action plans and actions, and what their forms choose from (the
 * compact's signatory organisations, its principles and codes), read as the visitor: a
 * page never shows more than the API would.
 */
@Component
class Plans {

	/** A plan on the list, with how its actions stand. */
	record PlanSummary(UUID id, String title, String period, Visibility visibility, long version, int actions,
			Map<Status, Integer> byStatus, int overdue, int notSmart, int percentDone) {

		/**
		 * "2 on track, 1 at risk": the statuses some action has, in the statuses' order.
		 */
		public String getStatuses() {
			return String.join(", ",
					Stream.of(Status.values())
						.filter(status -> byStatus.getOrDefault(status, 0) > 0)
						.map(status -> byStatus.get(status) + " " + status.getLabel().toLowerCase(Locale.UK))
						.toList());
		}

	}

	/**
	 * @param actions those a filter left, when one was given
	 * @param totalActions how many the plan has, whatever the filter
	 */
	record Plan(UUID id, String title, String period, Visibility visibility, long version, List<Action> actions,
			@Nullable Integer totalActions) {

		/** How many actions the plan has; all of them are shown when no count came. */
		public int getTotal() {
			return totalActions == null ? actions.size() : totalActions;
		}

	}

	record Action(UUID id, UUID planId, String title, @Nullable String outcome, @Nullable String measure,
			@Nullable Owner owner, @Nullable List<String> partners, @Nullable LocalDate startOn,
			@Nullable LocalDate dueOn, Priority priority, Ambition ambition, Status status, int progress,
			@Nullable LocalDate completedOn, @Nullable String dropReason, boolean overdue,
			@Nullable List<String> notSmart, @Nullable List<Link> links, @Nullable List<IndicatorLink> indicators,
			@Nullable List<Update> updates, long version, @Nullable Arising arisingFrom,
			@Nullable FromConsultation fromConsultation) {

		/** "measure, due date": what keeps it from being SMART, as a person says it. */
		public String getMissing() {
			return notSmart == null ? "" : String.join(", ", notSmart.stream().map(missing -> switch (missing) {
				case "dueOn" -> "due date";
				default -> missing;
			}).toList());
		}

		public boolean isSmart() {
			return notSmart == null || notSmart.isEmpty();
		}

		public String getOwnedBy() {
			return owner == null ? "" : owner.getNamed();
		}

	}

	/** The meeting an action arose from, held on that day. */
	record Arising(UUID meetingId, LocalDate heldOn) {
	}

	/** The consultation an action arose from, and which of its points ("question 3"). */
	record FromConsultation(UUID consultationId, String point) {
	}

	record Owner(@Nullable UUID organisationId, @Nullable String organisationName, @Nullable String person,
			@Nullable String email) {

		/** "Jo Bloggs, Swale CVS", whichever parts there are. */
		public String getNamed() {
			return String.join(", ",
					Stream.of(person, organisationName)
						.filter(part -> part != null && !part.isBlank())
						.map(String::valueOf)
						.toList());
		}

	}

	/**
	 * A principle or code the action puts to work; source names the compact it came from.
	 */
	record Link(UUID itemId, String kind, String title, @Nullable String source) {

		/** "Funding code (from Kent)": see ItemNames. */
		public String getNamed() {
			return ItemNames.of(kind, title, source);
		}

	}

	record Update(UUID id, LocalDate on, String note, @Nullable Status fromStatus, Status toStatus, int progress,
			@Nullable String by, @Nullable Instant at) {

		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
			.withZone(ZoneId.of("Europe/London"));

		/** "1 May 2027, 14:05 by kim.editor". */
		public String getRecorded() {
			return (at == null ? "" : WHEN.format(at)) + (by == null ? "" : " by " + by);
		}

	}

	/**
	 * A performance indicator the action moves, with its standing: GREEN, AMBER, RED or
	 * NONE.
	 */
	record IndicatorLink(UUID id, String name, String rag) {

		/** The standing in words, never colour alone. */
		public String getStanding() {
			return switch (rag) {
				case "GREEN" -> "Green";
				case "AMBER" -> "Amber";
				case "RED" -> "Red";
				default -> "No readings";
			};
		}

	}

	/** A performance indicator of the compact, one an action may move. */
	record Indicator(UUID id, String name) {
	}

	/** An organisation of the signatory register, one an action may be owned by. */
	record Organisation(UUID id, String name) {
	}

	/** A principle or code of the compact, its own or an adopted copy, to link to. */
	record Item(UUID id, String kind, ItemContent content, @Nullable AdoptedFrom adoptedFrom) {

		public String getNamed() {
			return ItemNames.of(kind, content.title(), adoptedFrom == null ? null : adoptedFrom.tenant());
		}

	}

	record ItemContent(String title) {
	}

	record AdoptedFrom(String tenant) {
	}

	private final Services services;

	Plans(Services services) {
		this.services = services;
	}

	List<PlanSummary> all(String slug) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/plans", slug), PlanSummary[].class));
	}

	Plan plan(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/plans/{id}", slug, id), Plan.class);
	}

	/**
	 * The plan with the actions the filter leaves; each part is sent only when it
	 * narrows, the owner as a variable so that what was typed is encoded, never read as
	 * part of the address.
	 */
	Plan plan(String slug, UUID id, ActionFilter filter) {
		Map<String, Object> values = new HashMap<>();
		values.put("slug", slug);
		values.put("id", id);
		return Services.read(services.compacts().get().uri(uri -> {
			uri.path("/api/t/{slug}/plans/{id}");
			if (filter.status() != null) {
				uri.queryParam("status", filter.status().name());
			}
			if (filter.overdue()) {
				uri.queryParam("overdue", true);
			}
			if (filter.code() != null) {
				uri.queryParam("code", filter.code());
			}
			if (filter.owner() != null) {
				uri.queryParam("owner", "{owner}");
				values.put("owner", filter.owner());
			}
			if (filter.notSmart()) {
				uri.queryParam("notSmart", true);
			}
			return uri.build(values);
		}), Plan.class);
	}

	Action action(String slug, UUID plan, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/plans/{plan}/actions/{id}", slug, plan, id),
				Action.class);
	}

	List<Organisation> organisations(String slug) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/organisations", slug),
				Organisation[].class));
	}

	/** The compact's principles, then its codes, each in the compact's order. */
	List<Indicator> indicators(String slug) {
		return List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/indicators", slug), Indicator[].class));
	}

	List<Item> items(String slug, String kind) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/{kind}", slug, kind), Item[].class));
	}

}
