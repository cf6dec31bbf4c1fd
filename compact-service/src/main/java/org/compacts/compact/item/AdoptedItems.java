package org.compacts.compact.item;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which items of this compact are copies of an upstream compact's items (see
 * {@code adoption}), for the item views to say so.
 */
public interface AdoptedItems {

	/**
	 * @param version the upstream version the copy last took
	 * @param position where the source placed the item among its items of its kind;
	 * {@code null} if it never said
	 */
	record AdoptedFrom(String tenant, UUID itemId, int version, @Nullable Integer position) {
	}

	/**
	 * The origin of each of the given items that is a copy; the others are absent from
	 * the map.
	 */
	Map<UUID, AdoptedFrom> adoptedFrom(Collection<UUID> itemIds);

}
