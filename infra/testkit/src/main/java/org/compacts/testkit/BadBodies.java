package org.compacts.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies that an operation must refuse, made from its request schema in the
 * OpenAPI document and a valid body of that schema: each is the valid body broken in one
 * way (or, by {@link #combined}, in several), so that whatever the service answers, it
 * may not accept it. Whole-body breaks (not JSON, not an object, nested too deep, 5 MB,
 * the wrong content type) and, for each property the schema declares: another JSON type,
 * left out or null where required, a lone surrogate, one character over its
 * {@code maxLength}, a value outside its enum, not a UUID or not a date where its format
 * says so, an integer too large for any Java number type.
 *
 * <p>
 * Values that the JSON writer cannot write as meant (a lone surrogate, a number of 40
 * digits) are written as a placeholder string and put in place in the text.
 */
public final class BadBodies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SURROGATE = "@@lone-surrogate@@";

	private static final String HUGE = "@@huge-integer@@";

	private static final String DEEP = "@@deep-nesting@@";

	/** Deeper than any JSON parser here is allowed to go (Jackson's default is 500). */
	private static final int DEPTH = 5_000;

	private static final int FIVE_MB = 5 * 1024 * 1024;

	/** One bad body: what was broken, and the request's content type and text. */
	public record Bad(String name, String contentType, String body) {

		@Override
		public String toString() {
			return name;
		}

	}

	private BadBodies() {
	}

	/**
	 * Every single-break bad body of a schema.
	 * @param schema the request body's schema node (a {@code $ref} or inline)
	 * @param document the whole OpenAPI document, for its {@code components}
	 * @param valid a body the operation accepts
	 */
	public static List<Bad> of(JsonNode schema, JsonNode document, JsonNode valid) {
		List<Bad> bad = new ArrayList<>();
		String text = JSON.writeValueAsString(valid);
		bad.add(new Bad("not JSON (cut short)", "application/json", text.substring(0, text.length() - 1)));
		bad.add(new Bad("the wrong content type", "text/plain", text));
		bad.add(new Bad("nested " + DEPTH + " deep", "application/json", "[".repeat(DEPTH) + "]".repeat(DEPTH)));
		bad.add(new Bad("5 MB, not an object", "application/json", fiveMegabytes()));
		JsonNode resolved = resolve(schema, document);
		if (!"object".equals(type(resolved)) || !valid.isObject()) {
			bad.add(new Bad("an object for a " + type(resolved), "application/json", "{\"x\":1}"));
			return bad;
		}
		bad.add(new Bad("an array for the object", "application/json", "[]"));
		bad.add(new Bad("null for the object", "application/json", "null"));
		for (Break each : breaks(resolved, document)) {
			ObjectNode broken = ((ObjectNode) valid).deepCopy();
			each.apply(broken);
			bad.add(new Bad(each.name(), "application/json", write(broken)));
		}
		return bad;
	}

	/**
	 * A bad body with two to four property breaks at once, drawn by {@code random}; null
	 * when the schema has no property to break.
	 */
	public static @Nullable Bad combined(JsonNode schema, JsonNode document, JsonNode valid, Random random) {
		JsonNode resolved = resolve(schema, document);
		List<Break> breaks = valid.isObject() ? breaks(resolved, document) : List.of();
		if (breaks.isEmpty()) {
			return null;
		}
		ObjectNode broken = ((ObjectNode) valid).deepCopy();
		List<String> names = new ArrayList<>();
		int count = 2 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			Break each = breaks.get(random.nextInt(breaks.size()));
			each.apply(broken);
			names.add(each.name());
		}
		return new Bad(String.join(" and ", names), "application/json", write(broken));
	}

	/** One way to break one property of a body. */
	private record Break(String name, String property, @Nullable JsonNode value) {

		void apply(ObjectNode body) {
			if (value == null) {
				body.remove(property);
			}
			else {
				body.set(property, value);
			}
		}

	}

	private static List<Break> breaks(JsonNode schema, JsonNode document) {
		List<Break> breaks = new ArrayList<>();
		List<String> required = new ArrayList<>();
		schema.path("required").forEach(name -> required.add(name.asString()));
		for (Map.Entry<String, JsonNode> entry : schema.path("properties").properties()) {
			String name = entry.getKey();
			JsonNode property = resolve(entry.getValue(), document);
			String type = type(property);
			breaks.add(new Break(name + ": another JSON type", name, otherType(type)));
			if (required.contains(name)) {
				breaks.add(new Break(name + ": left out", name, null));
				breaks.add(new Break(name + ": null", name, JSON.nullNode()));
			}
			switch (type) {
				case "string" -> {
					breaks
						.add(new Break(name + ": a lone surrogate", name, JSON.getNodeFactory().stringNode(SURROGATE)));
					if (property.has("maxLength")) {
						breaks.add(new Break(name + ": over its maxLength", name,
								JSON.getNodeFactory().stringNode("x".repeat(property.path("maxLength").asInt() + 1))));
					}
					if (property.has("enum")) {
						breaks.add(new Break(name + ": outside its enum", name,
								JSON.getNodeFactory().stringNode("NO_SUCH_VALUE")));
					}
					switch (property.path("format").asString("")) {
						case "uuid" -> breaks.add(
								new Break(name + ": not a UUID", name, JSON.getNodeFactory().stringNode("not-a-uuid")));
						case "date" -> breaks.add(new Break(name + ": no such date", name,
								JSON.getNodeFactory().stringNode("2024-02-30")));
						default -> {
						}
					}
				}
				case "integer" ->
					breaks.add(new Break(name + ": too large", name, JSON.getNodeFactory().stringNode(HUGE)));
				case "array" -> {
					ArrayNode deep = JSON.createArrayNode();
					deep.add(DEEP);
					breaks.add(new Break(name + ": nested too deep", name, deep));
				}
				default -> {
				}
			}
		}
		return breaks;
	}

	/** A value of a JSON type that no binding coerces into the schema's type. */
	private static JsonNode otherType(String type) {
		return switch (type) {
			case "string" -> JSON.createObjectNode().put("x", 1);
			case "integer", "number", "boolean" -> JSON.getNodeFactory().stringNode("not-a-" + type);
			case "array" -> JSON.createObjectNode().put("x", 1);
			default -> JSON.getNodeFactory().stringNode("not-an-object");
		};
	}

	private static String type(JsonNode schema) {
		if (schema.has("type")) {
			return schema.path("type").isArray() ? schema.path("type").get(0).asString()
					: schema.path("type").asString();
		}
		return schema.has("properties") ? "object" : "unknown";
	}

	/** The schema a {@code $ref} names, or the node itself. */
	static JsonNode resolve(JsonNode schema, JsonNode document) {
		String ref = schema.path("$ref").asString("");
		if (ref.isEmpty()) {
			JsonNode allOf = schema.path("allOf");
			return allOf.isArray() && allOf.size() == 1 ? resolve(allOf.get(0), document) : schema;
		}
		return document.at(ref.substring(1));
	}

	private static String write(JsonNode body) {
		return JSON.writeValueAsString(body)
			.replace('"' + SURROGATE + '"', "\"\\ud800\"")
			.replace('"' + HUGE + '"', "1" + "0".repeat(40))
			.replace('"' + DEEP + '"', "[".repeat(DEPTH) + "]".repeat(DEPTH));
	}

	private static String fiveMegabytes() {
		StringBuilder text = new StringBuilder(FIVE_MB + 16).append('[');
		while (text.length() < FIVE_MB) {
			text.append("0,");
		}
		return text.append("0]").toString();
	}

}
