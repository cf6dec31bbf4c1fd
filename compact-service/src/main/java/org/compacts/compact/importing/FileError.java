package org.compacts.compact.importing;

import tools.jackson.core.JsonPointer;

/**
 * One thing wrong with a compact file, told so that its author can find and fix it.
 *
 * @param line where in the file, from 1
 * @param column where on that line, from 1
 * @param field the value at fault as a path into the file ({@code codes[1].aim},
 * {@code sections.foreword.title}); empty for the file as a whole
 * @param reason what is wrong with it, in plain words
 */
public record FileError(int line, int column, String field, String reason) {

	/**
	 * The path people read for a JSON pointer:
	 * {@code /codes/1/measurableCommitments/0/amount} is
	 * {@code codes[1].measurableCommitments[0].amount}.
	 */
	static String fieldAt(JsonPointer pointer) {
		StringBuilder field = new StringBuilder();
		for (JsonPointer at = pointer; at != null && !at.matches(); at = at.tail()) {
			if (at.getMatchingIndex() >= 0) {
				field.append('[').append(at.getMatchingIndex()).append(']');
			}
			else {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(at.getMatchingProperty());
			}
		}
		return field.toString();
	}

	@Override
	public String toString() {
		return "line " + line + ", column " + column + (field.isEmpty() ? "" : ", " + field) + ": " + reason;
	}

}
