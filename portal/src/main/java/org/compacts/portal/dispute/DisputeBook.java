package org.compacts.portal.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.compacts.portal.backend.ItemNames;
import org.compacts.portal.backend.Services;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * compact-service's disputes log and what its forms choose from (the compact's signatory
 * organisations, its principles and codes), read as the visitor: a page never shows more
 * than the API would.
 */
@Component
class DisputeBook {

	/**
	 * @param name the register's name, or the name as typed
	 */
	record Party(@Nullable UUID organisationId, String name) {
	}

	/** A principle or code; source names the compact an adopted copy came from. */
	record Link(UUID itemId, String kind, String title, @Nullable String source) {

		/** "Funding code (from Kent)": see ItemNames. */
		public String getNamed() {
			return ItemNames.of(kind, title, source);
		}

	}

	record Owner(String username, @Nullable String email) {
	}

	record Change(UUID id, @Nullable Stage fromStage, Stage toStage, LocalDate on, @Nullable LocalDate deadline,
			@Nullable String note, @Nullable String by, @Nullable Instant at) {

		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
			.withZone(ZoneId.of("Europe/London"));

		/** "1 May 2027, 14:05 by sam.editor". */
		public String getRecorded() {
			return (at == null ? "" : WHEN.format(at)) + (by == null ? "" : " by " + by);
		}

	}

	record Dispute(UUID id, String title, String summary, List<Party> parties, List<Link> links, Stage stage,
			LocalDate raisedOn, LocalDate stageSince, @Nullable LocalDate stageDeadline,
			@Nullable LocalDate overdueSince, Owner owner, @Nullable String outcome, @Nullable String withdrawalReason,
			@Nullable String publicSummary, @Nullable LocalDate summaryPublishedOn, List<Change> history,
			long version) {

		/** The stages it may move to: any later one, or resolved or withdrawn. */
		public List<Stage> getNextStages() {
			return Arrays.stream(Stage.values())
				.filter(next -> !stage.isClosed() && (next.isClosed() || next.ordinal() > stage.ordinal()))
				.toList();
		}

		public String getPartyNames() {
			return names(parties);
		}

	}

	/** A dispute on the log's list. */
	record Summary(UUID id, String title, List<Party> parties, List<Link> links, Stage stage, LocalDate raisedOn,
			LocalDate stageSince, @Nullable LocalDate stageDeadline, @Nullable LocalDate overdueSince,
			@Nullable LocalDate closedOn, boolean published, long version) {

		public String getPartyNames() {
			return names(parties);
		}

	}

	record ItemCount(Link item, int open, int all) {
	}

	record Figures(int open, int resolved, int withdrawn, Map<Stage, Integer> openByStage, List<ItemCount> byItem,
			@Nullable Double medianDaysToResolve) {

		/** "12 days", "12.5 days"; null when none is resolved. */
		public @Nullable String getMedian() {
			if (medianDaysToResolve == null) {
				return null;
			}
			double days = medianDaysToResolve;
			String number = days == Math.rint(days) ? Long.toString((long) days) : Double.toString(days);
			return number + (days == 1 ? " day" : " days");
		}

	}

	/**
	 * @param version 0 while the compact uses the defaults
	 */
	record Deadlines(int raised, int informalResolution, int localProcedure, int mediation, int advocacy, int ombudsman,
			boolean own, long version) {

		/** Working days of an open stage. */
		public int of(Stage stage) {
			return switch (stage) {
				case RAISED -> raised;
				case INFORMAL_RESOLUTION -> informalResolution;
				case LOCAL_PROCEDURE -> localProcedure;
				case MEDIATION -> mediation;
				case ADVOCACY -> advocacy;
				case OMBUDSMAN -> ombudsman;
				default -> 0;
			};
		}

	}

	/** What anyone reads of a resolved dispute. */
	record Published(UUID id, List<Link> links, LocalDate raisedOn, LocalDate resolvedOn, long daysToResolve,
			String summary, LocalDate publishedOn) {
	}

	record Organisation(UUID id, String name) {
	}

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

	DisputeBook(Services services) {
		this.services = services;
	}

	List<Summary> all(String slug) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/disputes", slug), Summary[].class));
	}

	Figures figures(String slug) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/disputes/figures", slug), Figures.class);
	}

	Dispute dispute(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/disputes/{id}", slug, id), Dispute.class);
	}

	Deadlines deadlines(String slug) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/disputes/deadlines", slug), Deadlines.class);
	}

	List<Published> published(String slug) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/dispute-summaries", slug),
				Published[].class));
	}

	List<Organisation> organisations(String slug) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/organisations", slug),
				Organisation[].class));
	}

	/** The compact's principles or codes ("principles", "codes"), in its order. */
	List<Item> items(String slug, String kind) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/{kind}", slug, kind), Item[].class));
	}

	private static String names(List<Party> parties) {
		return String.join(", ", parties.stream().map(Party::name).toList());
	}

}
