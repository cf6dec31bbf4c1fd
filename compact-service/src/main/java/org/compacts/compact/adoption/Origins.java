package org.compacts.compact.adoption;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.compacts.compact.item.AdoptedItems;

import org.springframework.stereotype.Component;

/**
 * The item views' "adopted from": the source and the version last taken, from the
 * adoption rows.
 */
@Component
class Origins implements AdoptedItems {

	private final Adoptions adoptions;

	Origins(Adoptions adoptions) {
		this.adoptions = adoptions;
	}

	@Override
	public Map<UUID, AdoptedFrom> adoptedFrom(Collection<UUID> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		return adoptions.findAllById(itemIds)
			.stream()
			.collect(Collectors.toMap(Adoption::itemId, adoption -> new AdoptedFrom(adoption.sourceTenant(),
					adoption.sourceItemId(), adoption.baseVersion(), adoption.sourcePosition())));
	}

}
