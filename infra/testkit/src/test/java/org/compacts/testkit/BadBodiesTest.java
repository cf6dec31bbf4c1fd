package org.compacts.testkit;

import java.util.List;
import java.util.Random;

import org.compacts.testkit.BadBodies.Bad;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class BadBodiesTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final JsonNode DOCUMENT = JSON.readTree("""
			{"components": {"schemas": {"PlanInput": {"type": "object", "required": ["title"], "properties": {
			  "title": {"type": "string", "maxLength": 5},
			  "visibility": {"type": "string", "enum": ["MEMBERS", "PUBLIC"]},
			  "ownerId": {"type": "string", "format": "uuid"},
			  "dueOn": {"type": "string", "format": "date"},
			  "progress": {"type": "integer"},
			  "itemIds": {"type": "array", "items": {"type": "string"}}}}}}}
			""");

	static final JsonNode SCHEMA = JSON.readTree("{\"$ref\": \"#/components/schemas/PlanInput\"}");

	static final JsonNode VALID = JSON.readTree("{\"title\": \"Plan\", \"progress\": 10}");

	@Test
	void eachPropertyIsBrokenInEveryWayItsSchemaAllows() {
		List<String> names = BadBodies.of(SCHEMA, DOCUMENT, VALID).stream().map(Bad::name).toList();

		assertThat(names).contains("title: left out", "title: null", "title: over its maxLength",
				"title: a lone surrogate", "title: another JSON type", "visibility: outside its enum",
				"ownerId: not a UUID", "dueOn: no such date", "progress: too large", "itemIds: nested too deep",
				"not JSON (cut short)", "the wrong content type", "an array for the object");
		// only what the schema requires is left out
		assertThat(names).doesNotContain("progress: left out", "progress: null");
	}

	@Test
	void valuesTheWriterCannotWriteArePutInPlaceInTheText() {
		List<Bad> bad = BadBodies.of(SCHEMA, DOCUMENT, VALID);

		assertThat(body(bad, "title: a lone surrogate")).isEqualTo("{\"title\":\"\\ud800\",\"progress\":10}");
		assertThat(body(bad, "progress: too large"))
			.isEqualTo("{\"title\":\"Plan\",\"progress\":1" + "0".repeat(40) + "}");
		assertThat(body(bad, "title: over its maxLength")).contains("\"xxxxxx\"");
		assertThat(body(bad, "title: left out")).isEqualTo("{\"progress\":10}");
		assertThat(body(bad, "itemIds: nested too deep"))
			.startsWith("{\"title\":\"Plan\",\"progress\":10,\"itemIds\":[[[[")
			.hasSizeGreaterThan(5_000);
	}

	@Test
	void theValidBodyIsLeftAsItWas() {
		BadBodies.of(SCHEMA, DOCUMENT, VALID);

		assertThat(JSON.writeValueAsString(VALID)).isEqualTo("{\"title\":\"Plan\",\"progress\":10}");
	}

	@Test
	void combinedBreaksAreDrawnFromTheSeedAndEachDiffersFromTheValidBody() {
		Bad first = BadBodies.combined(SCHEMA, DOCUMENT, VALID, new Random(7));
		Bad again = BadBodies.combined(SCHEMA, DOCUMENT, VALID, new Random(7));

		assertThat(first).isEqualTo(again);
		assertThat(first.name()).contains(" and ");
		assertThat(first.body()).isNotEqualTo(JSON.writeValueAsString(VALID));
	}

	@Test
	void aSchemaWithoutPropertiesHasOnlyWholeBodyBreaks() {
		JsonNode text = JSON.readTree("{\"type\": \"string\"}");

		assertThat(BadBodies.combined(text, DOCUMENT, JSON.readTree("\"x\""), new Random(1))).isNull();
		assertThat(BadBodies.of(text, DOCUMENT, JSON.readTree("\"x\"")).stream().map(Bad::name))
			.contains("an object for a string", "5 MB, not an object");
	}

	private static String body(List<Bad> bad, String name) {
		return bad.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow().body();
	}

}
