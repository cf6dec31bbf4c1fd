package org.compacts.compact.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file against {@code import/compact-file.schema.json}, with the validator's findings
 * put in plain words and placed on the file's lines.
 */
final class SchemaCheck {

	static final String SCHEMA = "/import/compact-file.schema.json";

	private final JsonNode schemaTree;

	private final Schema schema;

	SchemaCheck() {
		try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA)) {
			if (in == null) {
				throw new IllegalStateException("The compact file schema is missing from the class path: " + SCHEMA);
			}
			this.schemaTree = JsonMapper.shared().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree);
	}

	List<FileError> errors(LocatedTree tree) {
		// one reason per field and reason: "blank" is found by both minLength and pattern
		Map<String, FileError> errors = new LinkedHashMap<>();
		for (Error error : schema.validate(tree.root())) {
			JsonPointer pointer = pointer(error.getInstanceLocation());
			String property = error.getProperty();
			String keyword = String.valueOf(error.getKeyword());
			if (property != null && (keyword.equals("required") || keyword.equals("additionalProperties"))) {
				pointer = pointer.appendProperty(property);
			}
			String reason = reason(error, keyword, pointer, tree);
			LocatedTree.Position at = tree.positionOf(keyword.equals("required") ? parent(pointer) : pointer);
			errors.putIfAbsent(pointer + "\n" + reason,
					new FileError(at.line(), at.column(), FileError.fieldAt(pointer), reason));
		}
		return new ArrayList<>(errors.values());
	}

	private String reason(Error error, String keyword, JsonPointer pointer, LocatedTree tree) {
		Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
		JsonNode schemaValue = error.getSchemaNode();
		return switch (keyword) {
			case "required" -> required(pointer, tree);
			case "additionalProperties" -> "is not a field here; the fields here are " + knownFields(error);
			case "type" -> "must be " + described(schemaValue.asString("")) + ", not "
					+ described(arguments.length > 0 ? String.valueOf(arguments[0]) : "");
			case "enum" -> "must be one of " + listed(schemaValue) + ", not " + quoted(tree.root().at(pointer));
			case "minLength" -> schemaValue.asInt() <= 1 ? "must not be blank"
					: "must be at least " + schemaValue.asInt() + " characters long";
			case "maxLength" -> "must be at most " + schemaValue.asInt() + " characters long, not "
					+ tree.root().at(pointer).asString("").codePoints().count();
			case "pattern" -> pattern(pointer);
			case "minimum" -> "must be at least " + schemaValue.asString();
			case "maximum" -> "must be at most " + schemaValue.asString();
			case "maxItems" ->
				"must have at most " + schemaValue.asInt() + " entries, not " + tree.root().at(pointer).size();
			case "false" -> notAllowed(pointer, tree);
			default -> error.getMessage();
		};
	}

	/**
	 * The schema's own {@code properties} beside the {@code additionalProperties: false}
	 * that refused a field.
	 */
	private String knownFields(Error error) {
		JsonNode here = schemaTree.at(parent(pointer(error.getSchemaLocation().getFragment())));
		List<String> names = new ArrayList<>(here.path("properties").propertyNames());
		return names.isEmpty() ? "none" : String.join(", ", names);
	}

	/**
	 * amount and unit are required of every commitment but a practice: say so, and for
	 * which kind.
	 */
	private static String required(JsonPointer pointer, LocatedTree tree) {
		String name = pointer.last().getMatchingProperty();
		JsonNode kind = tree.root().at(parent(pointer)).path("kind");
		if ((name.equals("amount") || name.equals("unit")) && kind.isString()) {
			return "is required for a " + kind.asString() + " commitment (only a practice has no amount and unit)";
		}
		return "is required";
	}

	private static String notAllowed(JsonPointer pointer, LocatedTree tree) {
		JsonNode kind = tree.root().at(parent(pointer)).path("kind");
		if (kind.isString() && kind.asString().equals("practice")) {
			return "is not allowed for a practice: a practice is done or not, with no amount or unit";
		}
		return "is not allowed here";
	}

	private static String pattern(JsonPointer pointer) {
		return switch (pointer.last().getMatchingProperty()) {
			case "email" -> "is not an email address";
			case "phone" -> "is not a phone number (digits, spaces, +, -, brackets)";
			case "website" -> "must be a web address without spaces";
			default -> "must not be blank";
		};
	}

	private static String described(String jsonType) {
		return switch (jsonType) {
			case "string" -> "text";
			case "integer" -> "a whole number";
			case "number" -> "a number";
			case "boolean" -> "true or false";
			case "array" -> "a list";
			case "object" -> "a mapping of fields";
			case "null" -> "empty";
			default -> jsonType;
		};
	}

	private static String listed(JsonNode values) {
		List<String> names = new ArrayList<>();
		values.forEach(value -> names.add(value.asString()));
		return String.join(", ", names);
	}

	private static String quoted(JsonNode value) {
		return value.isValueNode() ? "'" + value.asString() + "'" : described(value.getNodeType().name().toLowerCase());
	}

	/** The pointer of the value that holds the one pointed at; the root holds itself. */
	private static JsonPointer parent(JsonPointer pointer) {
		JsonPointer head = pointer.head();
		return head == null ? JsonPointer.empty() : head;
	}

	private static JsonPointer pointer(NodePath path) {
		JsonPointer pointer = JsonPointer.empty();
		for (int i = 0; i < path.getNameCount(); i++) {
			pointer = path.getElement(i) instanceof Integer index ? pointer.appendIndex(index)
					: pointer.appendProperty(String.valueOf(path.getElement(i)));
		}
		return pointer;
	}

}
