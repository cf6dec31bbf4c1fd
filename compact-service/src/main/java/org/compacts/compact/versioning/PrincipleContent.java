package org.compacts.compact.versioning;

import java.util.Objects;

/**
 * A shared value or principle (Openness, Respect, ...): a title and what it means.
 */
public record PrincipleContent(String title, String text) implements ItemContent {

	public PrincipleContent {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(text, "text");
	}

}
