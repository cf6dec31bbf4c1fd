package org.compacts.compact.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * What the schema cannot say: a name used twice where it identifies a thing. Principles
 * and codes are known by their titles, a code's sub-codes by theirs, its measurable
 * commitments by their names, and the glossary explains each term once; all compared
 * ignoring case and surrounding space, as people read them. Looks only at what has the
 * expected shape, so it can run beside the schema on any file.
 */
final class CompactFileRules {

	private CompactFileRules() {
	}

	static List<FileError> errors(LocatedTree tree) {
		List<FileError> errors = new ArrayList<>();
		JsonNode root = tree.root();
		unique(tree, JsonPointer.compile("/principles"), root.path("principles"), "title", "principle", errors);
		unique(tree, JsonPointer.compile("/codes"), root.path("codes"), "title", "code", errors);
		unique(tree, JsonPointer.compile("/glossary"), root.path("glossary"), "term", "glossary entry", errors);
		JsonNode codes = root.path("codes");
		for (int i = 0; codes.isArray() && i < codes.size(); i++) {
			JsonPointer code = JsonPointer.compile("/codes").appendIndex(i);
			unique(tree, code.appendProperty("subCodes"), codes.get(i).path("subCodes"), "title",
					"sub-code of this code", errors);
			unique(tree, code.appendProperty("measurableCommitments"), codes.get(i).path("measurableCommitments"),
					"name", "measurable commitment of this code", errors);
		}
		return errors;
	}

	private static void unique(LocatedTree tree, JsonPointer listPointer, JsonNode list, String key, String what,
			List<FileError> errors) {
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; list.isArray() && i < list.size(); i++) {
			JsonNode name = list.get(i).path(key);
			if (!name.isString() || name.asString().isBlank()) {
				continue;
			}
			Integer first = seen.putIfAbsent(name.asString().strip().toLowerCase(Locale.ROOT), i);
			if (first != null) {
				JsonPointer pointer = listPointer.appendIndex(i).appendProperty(key);
				JsonPointer firstPointer = listPointer.appendIndex(first).appendProperty(key);
				errors.add(tree.error(pointer, "repeats " + FileError.fieldAt(firstPointer) + " (line "
						+ tree.positionOf(firstPointer).line() + "); each " + what + " has a " + key + " of its own"));
			}
		}
	}

}
