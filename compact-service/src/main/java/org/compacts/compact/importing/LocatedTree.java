package org.compacts.compact.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A parsed file and where in its text each value is, so that an error found later in the
 * tree (by the schema, by a rule) can name its line. Positions are kept by JSON pointer:
 * for a field, where its key is; for a list entry or the whole file, where the value
 * starts.
 */
final class LocatedTree {

	/**
	 * Deeper than any compact file goes (five levels); a guard against input built to
	 * exhaust the stack.
	 */
	static final int MAX_DEPTH = 20;

	record Position(int line, int column) {

		static Position of(TokenStreamLocation location) {
			if (location == null || location == TokenStreamLocation.NA) {
				return new Position(1, 1);
			}
			return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
		}

	}

	private final JsonNode root;

	private final Map<JsonPointer, Position> positions;

	private LocatedTree(JsonNode root, Map<JsonPointer, Position> positions) {
		this.root = root;
		this.positions = positions;
	}

	JsonNode root() {
		return root;
	}

	/**
	 * Where the value at the pointer is, or else its nearest ancestor that the file has.
	 */
	Position positionOf(JsonPointer pointer) {
		for (JsonPointer at = pointer; at != null; at = at.head()) {
			Position position = positions.get(at);
			if (position != null) {
				return position;
			}
		}
		return new Position(1, 1);
	}

	FileError error(JsonPointer pointer, String reason) {
		Position position = positionOf(pointer);
		return new FileError(position.line(), position.column(), FileError.fieldAt(pointer), reason);
	}

	/**
	 * The tree, or the errors that kept it from being read (syntax) or made it ambiguous
	 * (a key twice).
	 */
	sealed interface Reading {

		record Read(LocatedTree tree) implements Reading {
		}

		record Unreadable(List<FileError> errors) implements Reading {
		}

	}

	static Reading read(ObjectMapper mapper, byte[] content, String formatName) {
		Builder builder = new Builder();
		JsonParser parser = null;
		try {
			parser = mapper.createParser(content);
			if (parser.nextToken() == null) {
				return unreadable(new FileError(1, 1, "", "the file is empty"));
			}
			JsonNode root = builder.value(parser, JsonPointer.empty(), 0);
			if (parser.nextToken() != null) {
				Position next = Position.of(parser.currentTokenLocation());
				builder.errors.add(new FileError(next.line(), next.column(), "",
						"the file holds more than one document; put the whole compact in one"));
			}
			if (!builder.errors.isEmpty()) {
				return new Reading.Unreadable(builder.errors);
			}
			return new Reading.Read(new LocatedTree(root, builder.positions));
		}
		catch (TooDeep ex) {
			return unreadable(new FileError(ex.position.line(), ex.position.column(), FileError.fieldAt(ex.pointer),
					"is nested deeper than a compact file ever goes"));
		}
		catch (JacksonException ex) {
			Position position = Position
				.of(ex.getLocation() != null ? ex.getLocation() : parser == null ? null : parser.currentLocation());
			String field = parser == null ? "" : FileError.fieldAt(parser.streamReadContext().pathAsPointer());
			return unreadable(new FileError(position.line(), position.column(), field,
					"is not valid " + formatName + ": " + plain(ex)));
		}
		finally {
			if (parser != null) {
				parser.close();
			}
		}
	}

	private static Reading unreadable(FileError error) {
		return new Reading.Unreadable(List.of(error));
	}

	/**
	 * The parser's own words without the excerpt of the file it quotes: the YAML parser
	 * says "while scanning a quoted scalar / in reader, line 3, column 8: / ... / found
	 * unexpected end of stream".
	 */
	static String plain(JacksonException ex) {
		String message = ex.getOriginalMessage() == null ? ex.getClass().getSimpleName() : ex.getOriginalMessage();
		List<String> said = new ArrayList<>();
		for (String line : message.split("\\R")) {
			if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("in reader")) {
				said.add(line.strip());
			}
		}
		String reason = said.isEmpty() ? message.strip() : String.join(": ", said);
		return reason.length() > 300 ? reason.substring(0, 300) + "..." : reason;
	}

	private static final class TooDeep extends RuntimeException {

		private final Position position;

		private final JsonPointer pointer;

		TooDeep(Position position, JsonPointer pointer) {
			super(null, null, false, false);
			this.position = position;
			this.pointer = pointer;
		}

	}

	private static final class Builder {

		private final JsonNodeFactory nodes = JsonNodeFactory.instance;

		private final Map<JsonPointer, Position> positions = new HashMap<>();

		private final List<FileError> errors = new ArrayList<>();

		/**
		 * The value whose first token the parser is at; leaves the parser at its last
		 * token.
		 */
		JsonNode value(JsonParser parser, JsonPointer pointer, int depth) {
			if (pointer.matches()) {
				positions.put(pointer, Position.of(parser.currentTokenLocation()));
			}
			JsonToken token = parser.currentToken();
			if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
				throw new TooDeep(Position.of(parser.currentTokenLocation()), pointer);
			}
			return switch (token) {
				case START_OBJECT -> object(parser, pointer, depth);
				case START_ARRAY -> array(parser, pointer, depth);
				case VALUE_STRING -> nodes.stringNode(parser.getString());
				case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
					case INT -> nodes.numberNode(parser.getIntValue());
					case LONG -> nodes.numberNode(parser.getLongValue());
					default -> nodes.numberNode(parser.getBigIntegerValue());
				};
				case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
				case VALUE_TRUE -> nodes.booleanNode(true);
				case VALUE_FALSE -> nodes.booleanNode(false);
				case VALUE_NULL -> nodes.nullNode();
				// a YAML !!binary and the like: kept as the text it was written as
				default -> nodes.stringNode(parser.getString());
			};
		}

		private ObjectNode object(JsonParser parser, JsonPointer pointer, int depth) {
			ObjectNode object = nodes.objectNode();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonPointer child = pointer.appendProperty(name);
				Position position = Position.of(parser.currentTokenLocation());
				parser.nextToken();
				if (object.has(name)) {
					Position first = positions.get(child);
					errors.add(new FileError(position.line(), position.column(), FileError.fieldAt(child),
							"is given twice" + (first == null ? "" : " (first on line " + first.line() + ")")
									+ "; give each field once"));
					parser.skipChildren();
					continue;
				}
				positions.put(child, position);
				object.set(name, value(parser, child, depth + 1));
			}
			return object;
		}

		private ArrayNode array(JsonParser parser, JsonPointer pointer, int depth) {
			ArrayNode array = nodes.arrayNode();
			int index = 0;
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				JsonPointer child = pointer.appendIndex(index++);
				positions.put(child, Position.of(parser.currentTokenLocation()));
				array.add(value(parser, child, depth + 1));
			}
			return array;
		}

	}

}
