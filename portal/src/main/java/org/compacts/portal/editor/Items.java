package org.compacts.portal.editor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
import org.compacts.portal.content.Content;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * compact-service's principles and codes, as the editor reads and changes them: always as
 * the visitor, so a member who is not an editor is refused by the service.
 */
@Component
class Items {

	/** The two kinds, by the path segment the API and the pages share. */
	enum Kind {

		PRINCIPLES("principle"), CODES("code of practice");

		private final String singular;

		Kind(String singular) {
			this.singular = singular;
		}

		/** As a sentence names one: "principle", "code of practice". */
		public String getSingular() {
			return singular;
		}

		public String path() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Optional<Kind> of(String path) {
			return Arrays.stream(values()).filter(kind -> kind.path().equals(path)).findFirst();
		}

	}

	record Item(UUID id, String kind, int version, String status, String mode, Content content,
			@Nullable Integer publishedVersion, int latestVersion, @Nullable AdoptedFrom adoptedFrom) {

		public boolean isCode() {
			return "CODE".equals(kind);
		}

		public String collection() {
			return isCode() ? "codes" : "principles";
		}

		public boolean isWorking() {
			return "DRAFT".equals(status) || "CONSULTATION".equals(status);
		}

	}

	record AdoptedFrom(String tenant, UUID itemId, int version) {
	}

	record Version(int number, String status, String mode, Content content, List<StatusChange> statusChanges) {

		/** Who moved it last, and when. */
		public Optional<StatusChange> lastChange() {
			return statusChanges.isEmpty() ? Optional.empty()
					: Optional.of(statusChanges.get(statusChanges.size() - 1));
		}

	}

	record StatusChange(String status, @Nullable String by, Instant at) {

		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
			.withZone(ZoneId.of("Europe/London"));

		/** As a person reads it: "1 May 2027, 14:05 by kim.admin". */
		public String said() {
			return WHEN.format(at) + (by == null ? "" : " by " + by);
		}

	}

	record Diff(Changes diff, String text) {
	}

	record Changes(int from, int to, List<FieldChange> changes) {
	}

	record FieldChange(String field, String kind, @Nullable String before, @Nullable String after,
			List<WordChange> wordChanges) {
	}

	record WordChange(String kind, String words) {
	}

	/** The moves of a version the API has, by the path segment of each. */
	static final Map<String, String> MOVES = Map.of("consultation", "moved to consultation", "publication", "published",
			"withdrawal", "withdrawn", "retirement", "retired");

	private final Services services;

	Items(Services services) {
		this.services = services;
	}

	List<Item> all(String slug, Kind kind) {
		return List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/{kind}", slug, kind.path()), Item[].class));
	}

	Item one(String slug, Kind kind, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/{kind}/{id}", slug, kind.path(), id),
				Item.class);
	}

	List<Version> versions(String slug, Kind kind, UUID id) {
		return List.of(Services.read(
				services.compacts().get().uri("/api/t/{slug}/{kind}/{id}/versions", slug, kind.path(), id),
				Version[].class));
	}

	Diff diff(String slug, Kind kind, UUID id, int from, int to) {
		return Services.read(
				services.compacts()
					.get()
					.uri("/api/t/{slug}/{kind}/{id}/diff?from={from}&to={to}", slug, kind.path(), id, from, to),
				Diff.class);
	}

	Outcome<Item> create(String slug, Kind kind, Map<String, Object> body) {
		return Outcome.of(services.compacts().post().uri("/api/t/{slug}/{kind}", slug, kind.path()).body(body),
				Item.class);
	}

	Outcome<Item> edit(String slug, Kind kind, UUID id, Map<String, Object> body) {
		return Outcome.of(services.compacts().put().uri("/api/t/{slug}/{kind}/{id}", slug, kind.path(), id).body(body),
				Item.class);
	}

	/** Puts the compact's items of a kind in the order given: every item, once. */
	Outcome<Item[]> reorder(String slug, Kind kind, List<UUID> ids) {
		return Outcome.of(
				services.compacts().put().uri("/api/t/{slug}/{kind}/order", slug, kind.path()).body(Map.of("ids", ids)),
				Item[].class);
	}

	/**
	 * The order of the items with one moved a place up or down; the same order when it is
	 * first (up) or last (down) already, or not there.
	 */
	static List<UUID> withMoved(List<Item> items, UUID id, boolean up) {
		List<UUID> ids = new java.util.ArrayList<>(items.stream().map(Item::id).toList());
		int at = ids.indexOf(id);
		int to = up ? at - 1 : at + 1;
		if (at >= 0 && to >= 0 && to < ids.size()) {
			java.util.Collections.swap(ids, at, to);
		}
		return ids;
	}

	Outcome<Item> move(String slug, Kind kind, UUID id, int version, String move) {
		return Outcome.of(
				services.compacts()
					.post()
					.uri("/api/t/{slug}/{kind}/{id}/versions/{number}/{move}", slug, kind.path(), id, version, move),
				Item.class);
	}

}
