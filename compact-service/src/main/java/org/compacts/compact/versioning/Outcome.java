package org.compacts.compact.versioning;

import java.util.List;

/**
 * The result of an operation on an {@link ItemHistory}: applied, giving the new history,
 * or {@link Refused}. The history itself is immutable, so a refusal cannot have changed
 * anything.
 */
public sealed interface Outcome permits Outcome.Applied, Refused {

	/**
	 * @param history the history after the operation
	 * @param changed the versions added or moved by it, as they now are: what a store has
	 * to write
	 */
	record Applied(ItemHistory history, List<ItemVersion> changed) implements Outcome {

		public Applied {
			changed = List.copyOf(changed);
		}

	}

}
