package org.compacts.compact.adoption;

import java.util.Optional;
import java.util.UUID;

import org.compacts.compact.item.AmendmentRule;
import org.compacts.compact.versioning.Mode;

import org.springframework.stereotype.Component;

/**
 * A district takes a core item as it is: its editors may amend an adaptable copy, never a
 * core one.
 */
@Component
class CoreCopiesStayAsTaken implements AmendmentRule {

	private final Adoptions adoptions;

	CoreCopiesStayAsTaken(Adoptions adoptions) {
		this.adoptions = adoptions;
	}

	@Override
	public Optional<String> refusal(UUID itemId) {
		return adoptions.findById(itemId)
			.filter(adoption -> adoption.mode() == Mode.CORE)
			.map(adoption -> "a core item of " + adoption.sourceTenant() + " cannot be amended locally");
	}

}
