package org.compacts.compact.item;

import org.compacts.compact.versioning.ItemContent;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Item content to and from the JSON kept in {@code item_version.content}: the records as
 * they are.
 */
@Component
public class ContentJson {

	private final JsonMapper mapper;

	ContentJson(JsonMapper mapper) {
		this.mapper = mapper;
	}

	public String write(ItemContent content) {
		return mapper.writeValueAsString(content);
	}

	public ItemContent read(String json, ItemKind kind) {
		return mapper.readValue(json, kind.contentType());
	}

}
