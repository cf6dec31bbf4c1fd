package org.compacts.compact.item;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Which items of this compact are copies of an upstream compact's items (see
 * {@code adoption}), for the item views to say so.
 */
public interface AdoptedItems {

	/**
	 * @param version the upstream version the copy last took
	 */
	record AdoptedFrom(String tenant, UUID itemId, int version) {
	}

	/**
	 * The origin of each of the given items that is a copy; the others are absent from
	 * the map.
	 */
	Map<UUID, AdoptedFrom> adoptedFrom(Collection<UUID> itemIds);

}
