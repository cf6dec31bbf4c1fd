package org.compacts.compact.item;

import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.compact.versioning.ItemContent;
import org.compacts.compact.versioning.PrincipleContent;

/** The two kinds of shared item; an item keeps its kind, and its content type with it. */
public enum ItemKind {

	PRINCIPLE("principle", PrincipleContent.class), CODE("code of practice", CodeOfPracticeContent.class);

	private final String label;

	private final Class<? extends ItemContent> contentType;

	ItemKind(String label, Class<? extends ItemContent> contentType) {
		this.label = label;
		this.contentType = contentType;
	}

	public String label() {
		return label;
	}

	Class<? extends ItemContent> contentType() {
		return contentType;
	}

}
