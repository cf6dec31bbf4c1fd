package org.compacts.compact.item;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.compacts.compact.versioning.ItemHistory;
import org.compacts.compact.versioning.ItemVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the other parts of a compact may know of the principles and codes they link to by
 * the stable item id (its own items and its copies of upstream ones): which ids are items
 * here, and how a link reads. A link follows the item through its new versions.
 */
@Component
public class ItemLinks {

	/**
	 * @param title the title of the latest version that was published, or of the working
	 * draft of an item never published
	 * @param source the slug of the upstream compact an adopted copy comes from; null for
	 * the compact's own items
	 */
	public record Link(UUID itemId, ItemKind kind, String title, @Nullable String source) {
	}

	private final StoredItems items;

	private final ContentJson json;

	private final SharedItems shared;

	ItemLinks(StoredItems items, ContentJson json, SharedItems shared) {
		this.items = items;
		this.json = json;
		this.shared = shared;
	}

	/**
	 * The links to these items, in the order given; an id that is not an item of this
	 * compact (another compact's included) is left out.
	 */
	@Transactional(readOnly = true)
	public List<Link> of(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, StoredItem> found = items.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(StoredItem::id, Function.identity()));
		Map<UUID, AdoptedItems.AdoptedFrom> origins = shared.adoptedFrom(found.keySet());
		return ids.stream().map(found::get).filter(Objects::nonNull).map(item -> {
			AdoptedItems.AdoptedFrom origin = origins.get(item.id());
			return new Link(item.id(), item.kind(), title(item.history(json)), origin == null ? null : origin.tenant());
		}).toList();
	}

	private static String title(ItemHistory history) {
		List<ItemVersion> versions = history.versions();
		for (int i = versions.size() - 1; i >= 0; i--) {
			if (ItemViews.isPublic(versions.get(i))) {
				return versions.get(i).content().title();
			}
		}
		return history.latest().content().title();
	}

}
