package org.compacts.compact.consultation;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The question sets and responses as the database keeps them, jsonb: each is read and
 * written whole, and only this package reads it.
 */
final class ConsultationJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ConsultationJson() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	static List<Question> questions(String json) {
		return MAPPER.readValue(json, new TypeReference<List<Question>>() {
		});
	}

	static ResponseContent content(String json) {
		return MAPPER.readValue(json, ResponseContent.class);
	}

}
