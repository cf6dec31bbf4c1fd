package org.compacts.compact.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON pointers ({@code /codes/1/aim}) and the paths people read ({@code codes[1].aim}).
 */
final class Pointers {

	private Pointers() {
	}

	static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

	static List<String> segments(String pointer) {
		List<String> segments = new ArrayList<>();
		if (pointer.isEmpty()) {
			return segments;
		}
		for (String raw : pointer.substring(1).split("/", -1)) {
			segments.add(raw.replace("~1", "/").replace("~0", "~"));
		}
		return segments;
	}

	/**
	 * {@code /codes/1/measurableCommitments/0/amount} to
	 * {@code codes[1].measurableCommitments[0].amount}.
	 */
	static String field(String pointer) {
		StringBuilder field = new StringBuilder();
		for (String segment : segments(pointer)) {
			if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
				field.append('[').append(segment).append(']');
			}
			else {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(segment);
			}
		}
		return field.toString();
	}

	static String parent(String pointer) {
		return pointer.isEmpty() ? "" : pointer.substring(0, pointer.lastIndexOf('/'));
	}

	static String last(String pointer) {
		List<String> segments = segments(pointer);
		return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
	}

}
