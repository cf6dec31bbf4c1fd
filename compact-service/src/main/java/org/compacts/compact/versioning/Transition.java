package org.compacts.compact.versioning;

/**
 * The answer of the {@link Lifecycle} to a proposed move of one version: moved, or
 * refused with a reason.
 */
public sealed interface Transition permits Transition.Moved, Refused {

	record Moved(ItemStatus newStatus) implements Transition {
	}

}
