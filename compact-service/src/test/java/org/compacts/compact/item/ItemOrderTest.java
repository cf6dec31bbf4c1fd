package org.compacts.compact.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.compacts.compact.item.ItemOrder.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The placement rule on its own: copies in their source's order, own items after the copy
 * they follow, whatever order the copies arrived in.
 */
class ItemOrderTest {

	final UUID a = id("a"), b = id("b"), c = id("c"), own = id("own"), top = id("top");

	final UUID kentA = id("kent-a"), kentB = id("kent-b"), kentC = id("kent-c");

	@Test
	void copiesStandInTheirSourcesOrderWhateverOrderTheyArrivedIn() {
		List<Entry> arrived = List.of(copy(c, kentC, 3), copy(a, kentA, 1), copy(b, kentB, 2));

		assertThat(ItemOrder.arrange(arrived)).containsExactly(a, b, c);
	}

	@Test
	void everyArrivalOrderComesOutTheSame() {
		List<Entry> entries = new ArrayList<>(List.of(copy(a, kentA, 1), copy(b, kentB, 2), copy(c, kentC, 3)));
		Random random = new Random(42);
		for (int i = 0; i < 20; i++) {
			Collections.shuffle(entries, random);
			List<Entry> arrived = new ArrayList<>();
			List<UUID> order = List.of();
			// one at a time, as the commands come: each new copy is created last, then
			// placed
			for (Entry entry : entries) {
				List<Entry> now = new ArrayList<>();
				for (UUID id : order) {
					now.add(arrived.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow());
				}
				now.add(entry);
				arrived.add(entry);
				order = ItemOrder.arrange(now);
			}
			assertThat(order).as("arrived as %s", entries).containsExactly(a, b, c);
		}
	}

	@Test
	void anOwnItemStaysAfterTheCopyItFollowsWhenTheSourceReorders() {
		List<Entry> before = List.of(copy(a, kentA, 3), Entry.own(own), copy(b, kentB, 1), copy(c, kentC, 2));

		assertThat(ItemOrder.arrange(before)).containsExactly(b, c, a, own);
	}

	@Test
	void ownItemsBeforeEveryCopyStayAtTheTop() {
		List<Entry> before = List.of(Entry.own(top), copy(b, kentB, 2), copy(a, kentA, 1));

		assertThat(ItemOrder.arrange(before)).containsExactly(top, a, b);
	}

	@Test
	void aNewCopyGoesToItsSourcesPlaceAndLeavesTheOwnItemsWithTheCopyTheyFollow() {
		List<Entry> now = List.of(copy(a, kentA, 1), Entry.own(own), copy(c, kentC, 3), copy(b, kentB, 2));

		assertThat(ItemOrder.arrange(now)).containsExactly(a, own, b, c);
	}

	@Test
	void aCopyWithoutAPositionComesAfterThePositionedOnesOfItsSource() {
		List<Entry> now = List.of(copy(c, kentC, null), copy(b, kentB, 2), copy(a, kentA, 1));

		assertThat(ItemOrder.arrange(now)).containsExactly(a, b, c);
	}

	@Test
	void copiesOfTwoSourcesStandInTwoBlocksBySlug() {
		UUID n1 = id("n1"), n2 = id("n2");
		List<Entry> now = List.of(Entry.copy(n2, "national", id("national-2"), 2), copy(b, kentB, 2),
				Entry.copy(n1, "national", id("national-1"), 1), copy(a, kentA, 1));

		assertThat(ItemOrder.arrange(now)).containsExactly(a, b, n1, n2);
	}

	@Test
	void aCompactWithoutCopiesKeepsItsOrder() {
		List<Entry> own = List.of(Entry.own(c), Entry.own(a), Entry.own(b));

		assertThat(ItemOrder.arrange(own)).containsExactly(c, a, b);
		assertThat(ItemOrder.isArranged(own)).isTrue();
	}

	@Test
	void anEditorsOrderIsArrangedOnlyIfTheCopiesKeepTheirSourcesOrder() {
		assertThat(ItemOrder.isArranged(List.of(Entry.own(top), copy(a, kentA, 1), Entry.own(own), copy(b, kentB, 2))))
			.isTrue();
		assertThat(ItemOrder.isArranged(List.of(copy(b, kentB, 2), copy(a, kentA, 1)))).isFalse();
	}

	private static Entry copy(UUID id, UUID source, Integer position) {
		return Entry.copy(id, "kent", source, position);
	}

	private static UUID id(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes());
	}

}
