package org.compacts.compact.item;

import java.util.Optional;
import java.util.UUID;

/**
 * A rule on whether an editor of this compact may amend an item: a district may not amend
 * a core item it took from upstream. Implemented where the knowledge is (see
 * {@code adoption}); consulted on every edit.
 */
public interface AmendmentRule {

	/** Why the item may not be amended in this compact, or empty if it may. */
	Optional<String> refusal(UUID itemId);

}
