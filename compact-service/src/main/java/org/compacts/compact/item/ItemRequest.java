package org.compacts.compact.item;

import java.util.List;

import org.compacts.compact.versioning.ItemContent;
import org.compacts.compact.versioning.Mode;
import org.compacts.servicekit.refusal.InvalidField;

/**
 * The body of a new item or of an edit: the whole content and mode; an edit also names
 * the version it started from.
 */
interface ItemRequest {

	Mode mode();

	Integer startedFrom();

	/**
	 * Checks what bean validation cannot (names unique within the item, ...), naming each
	 * field at fault.
	 */
	List<InvalidField> problems();

	/** The content, once {@link #problems()} found none. */
	ItemContent content();

}
