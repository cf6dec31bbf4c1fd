package org.compacts.portal.editor;

import java.util.List;
import java.util.UUID;

import org.compacts.portal.editor.Items.Item;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemsOrderTest {

	final UUID a = UUID.randomUUID();

	final UUID b = UUID.randomUUID();

	final UUID c = UUID.randomUUID();

	final List<Item> items = List.of(item(a), item(b), item(c));

	@Test
	void anItemMovedUpChangesPlaceWithTheOneBeforeIt() {
		assertThat(Items.withMoved(items, b, true)).containsExactly(b, a, c);
		assertThat(Items.withMoved(items, b, false)).containsExactly(a, c, b);
	}

	@Test
	void theFirstCannotGoUpNorTheLastDownNorAnUnknownOneAnywhere() {
		assertThat(Items.withMoved(items, a, true)).containsExactly(a, b, c);
		assertThat(Items.withMoved(items, c, false)).containsExactly(a, b, c);
		assertThat(Items.withMoved(items, UUID.randomUUID(), true)).containsExactly(a, b, c);
	}

	private static Item item(UUID id) {
		return new Item(id, "PRINCIPLE", 1, "PUBLISHED", "CORE", null, 1, 1, null);
	}

}
