package org.compacts.portal.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The followers table, built without Spring from what the three services said: every
 * follower against every item the publisher shared, in the order a reader scans it
 * (follower by name, then the items in the compact's reading order).
 */
final class FollowersView {

	/** sync-service's {@code GET /api/t/{tenant}/sync/followers}. */
	record Followers(String tenant, List<Follower> followers) {
	}

	record Follower(String tenant, boolean following, List<ItemSync> items) {
	}

	/**
	 * sync-service's state of one follower with one item; {@code lag} is from publication
	 * to holding, while in sync.
	 */
	record ItemSync(String sourceTenant, UUID itemId, String kind, int upstreamVersion,
			@Nullable Integer appliedVersion, String state, @Nullable Duration lag, @Nullable Instant publishedAt,
			@Nullable String detail) {
	}

	/**
	 * One of the publisher's items as compact-service lists it, or a follower's copy of
	 * one ({@code adoptedFrom}).
	 */
	record Item(UUID id, String kind, String status, Content content, @Nullable Integer publishedVersion,
			@Nullable AdoptedFrom adoptedFrom) {

		boolean isShared() {
			return adoptedFrom == null && (publishedVersion != null || "RETIRED".equals(status));
		}

	}

	record Content(String title) {
	}

	record AdoptedFrom(String tenant, UUID itemId, int version) {
	}

	/** A compact in tenant-service's register, for its name. */
	record Tenant(String slug, String name) {
	}

	/**
	 * A line of the table.
	 *
	 * @param inForce the publisher's version in force (the retired one for a retired
	 * item)
	 * @param copyPath the follower's public page of its copy, when it has one
	 */
	record Row(String follower, String followerName, UUID itemId, String kind, String title, boolean retired,
			SyncState state, @Nullable Integer held, int inForce, String lag, @Nullable String detail,
			@Nullable String copyPath) {

		public String kindName() {
			return "CODE".equals(kind) ? "Code of practice" : "Principle";
		}

	}

	/** A follower in the filter's list. */
	record Choice(String slug, String name) {
	}

	private final List<Row> rows;

	private final List<Choice> followers;

	private FollowersView(List<Row> rows, List<Choice> followers) {
		this.rows = rows;
		this.followers = followers;
	}

	/**
	 * @param items the publisher's principles then codes, in reading order
	 * @param copies each follower's copies by the upstream item they copy, where they
	 * could be read
	 */
	static FollowersView of(Followers sync, List<Item> items, Map<String, String> names,
			Map<String, Map<UUID, Item>> copies, Instant now) {
		Map<UUID, Integer> order = new HashMap<>();
		Map<UUID, Item> byId = new HashMap<>();
		Map<UUID, Item> shared = new LinkedHashMap<>();
		for (Item item : items) {
			order.putIfAbsent(item.id(), order.size());
			byId.putIfAbsent(item.id(), item);
			if (item.isShared()) {
				shared.put(item.id(), item);
			}
		}
		List<Row> rows = new ArrayList<>();
		List<Choice> followers = new ArrayList<>();
		for (Follower follower : sync.followers()) {
			String name = names.getOrDefault(follower.tenant(), follower.tenant());
			followers.add(new Choice(follower.tenant(), name));
			Map<UUID, ItemSync> known = new LinkedHashMap<>();
			follower.items().forEach(item -> known.put(item.itemId(), item));
			Map<UUID, Item> itsCopies = copies.getOrDefault(follower.tenant(), Map.of());
			for (Item item : shared.values()) {
				rows.add(row(follower, name, item, known.remove(item.id()), itsCopies.get(item.id()), now));
			}
			// what sync-service tracks that compact-service no longer counts as shared
			for (ItemSync item : known.values()) {
				rows.add(row(follower, name, byId.get(item.itemId()), item, itsCopies.get(item.itemId()), now));
			}
		}
		rows.sort(Comparator.comparing(Row::followerName, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(Row::follower)
			.thenComparing(row -> order.getOrDefault(row.itemId(), Integer.MAX_VALUE))
			.thenComparing(Row::title));
		followers.sort(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Choice::slug));
		return new FollowersView(List.copyOf(rows), List.copyOf(followers));
	}

	/**
	 * A row of one item: as compact-service lists it, as sync-service tracks it, or both.
	 */
	private static Row row(Follower follower, String name, @Nullable Item item, @Nullable ItemSync sync,
			@Nullable Item copy, Instant now) {
		UUID id = sync != null ? sync.itemId() : item.id();
		String kind = sync != null ? sync.kind() : item.kind();
		String title = item != null ? item.content().title() : "Item " + id;
		int inForce = Math.max(item == null || item.publishedVersion() == null ? 0 : item.publishedVersion(),
				sync == null ? 0 : sync.upstreamVersion());
		Integer held = sync == null ? null : sync.appliedVersion();
		SyncState state = SyncState.of(sync == null ? null : sync.state(), follower.following(), inForce, held);
		// sync-service's publication time is of the version it knows; when
		// compact-service
		// has a newer one in force, how long that one has waited is not known here
		boolean knowsInForce = sync != null && sync.upstreamVersion() >= inForce;
		String lag = Lag.forRow(state, sync == null ? null : sync.lag(), knowsInForce ? sync.publishedAt() : null, now);
		String copyPath = copy == null || copy.publishedVersion() == null ? null
				: "/t/" + follower.tenant() + "/" + ("CODE".equals(kind) ? "codes" : "principles") + "/" + copy.id();
		boolean retired = item != null && "RETIRED".equals(item.status());
		return new Row(follower.tenant(), name, id, kind, title, retired, state, held, inForce, lag,
				sync == null ? null : sync.detail(), copyPath);
	}

	List<Row> rows() {
		return rows;
	}

	/** The rows of one follower, in one state, or all when a filter is not given. */
	List<Row> filtered(@Nullable String follower, Optional<SyncState> state) {
		return rows.stream()
			.filter(row -> follower == null || row.follower().equals(follower))
			.filter(row -> state.isEmpty() || row.state() == state.get())
			.toList();
	}

	/** The followers by name, those that stopped included, for the filter's list. */
	List<Choice> followers() {
		return followers;
	}

	/** How many rows are in each state, for the summary above the table. */
	Map<SyncState, Long> counts() {
		Map<SyncState, Long> counts = new LinkedHashMap<>();
		for (SyncState state : SyncState.values()) {
			counts.put(state, rows.stream().filter(row -> row.state() == state).count());
		}
		return counts;
	}

	static Map<String, String> names(List<Tenant> tenants) {
		Map<String, String> names = new HashMap<>();
		tenants.forEach(tenant -> names.putIfAbsent(tenant.slug(), tenant.name()));
		return names;
	}

	static Map<UUID, Item> byUpstream(List<Item> copies) {
		Map<UUID, Item> byUpstream = new HashMap<>();
		copies.stream()
			.filter(copy -> copy.adoptedFrom() != null)
			.forEach(copy -> byUpstream.putIfAbsent(copy.adoptedFrom().itemId(), copy));
		return byUpstream;
	}

}
