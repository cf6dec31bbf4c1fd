package org.compacts.compact.item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a compact's items of one kind stand, when some are copies of upstream items: the
 * upstream's order holds for the copies, and the compact's own items stay where its
 * editors put them. Pure: no Spring, no database.
 *
 * <p>
 * The rule: an own item belongs to the copy it follows (own items before every copy stay
 * at the top). The copies, each with the own items that follow it, are sorted by their
 * source's slug, then by the position the source gave the item (a copy whose source never
 * said comes after the positioned ones of its source), then by the upstream item's id, so
 * the result depends on nothing but the sources' positions and the district's own
 * placements: not on the order the copies arrived in. Copies of two sources (a county and
 * national) stand in two blocks, by slug, as compact-service does not know which is
 * further up.
 */
public final class ItemOrder {

	/** Where a source placed the item a copy takes. */
	public record Source(String tenant, UUID itemId, @Nullable Integer position) {
	}

	/**
	 * An item as it stands now: a copy names its source, an own item has none.
	 */
	public record Entry(UUID id, @Nullable Source source) {

		public static Entry own(UUID id) {
			return new Entry(id, null);
		}

		public static Entry copy(UUID id, String tenant, UUID itemId, @Nullable Integer position) {
			return new Entry(id, new Source(tenant, itemId, position));
		}

	}

	private static final Comparator<Group> BY_SOURCE = Comparator.<Group, String>comparing(group -> group.copy.tenant())
		.thenComparing(group -> group.copy.position(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(group -> group.copy.itemId());

	private ItemOrder() {
	}

	/**
	 * The items in the order they should stand in.
	 * @param current the items in the order they stand in now (a copy just taken is last)
	 */
	public static List<UUID> arrange(List<Entry> current) {
		List<UUID> top = new ArrayList<>();
		List<Group> groups = new ArrayList<>();
		for (Entry entry : current) {
			if (entry.source() != null) {
				groups.add(new Group(entry.id(), entry.source(), new ArrayList<>()));
			}
			else if (groups.isEmpty()) {
				top.add(entry.id());
			}
			else {
				groups.get(groups.size() - 1).followers().add(entry.id());
			}
		}
		groups.sort(BY_SOURCE);
		List<UUID> arranged = new ArrayList<>(top);
		for (Group group : groups) {
			arranged.add(group.id());
			arranged.addAll(group.followers());
		}
		return List.copyOf(arranged);
	}

	/**
	 * Whether the items stand as the rule places them: what an editor's reordering must
	 * keep.
	 */
	public static boolean isArranged(List<Entry> order) {
		return arrange(order).equals(order.stream().map(Entry::id).toList());
	}

	private record Group(UUID id, Source copy, List<UUID> followers) {
	}

}
