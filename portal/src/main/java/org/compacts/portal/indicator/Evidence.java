package org.compacts.portal.indicator;

import java.util.UUID;

import org.compacts.portal.backend.ItemNames;
import org.jspecify.annotations.Nullable;

/**
 * A principle or code of the compact an indicator may evidence, its own or an adopted
 * copy, as the editor's lists give it.
 */
record Evidence(UUID id, String kind, Title content, @Nullable AdoptedFrom adoptedFrom) {

	record Title(String title) {
	}

	record AdoptedFrom(String tenant) {
	}

	public String getWords() {
		return words(kind, content.title(), adoptedFrom == null ? null : adoptedFrom.tenant());
	}

	static String words(String kind, String title, @Nullable String source) {
		return ItemNames.of(kind, title, source);
	}

}
