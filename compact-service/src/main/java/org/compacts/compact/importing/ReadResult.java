package org.compacts.compact.importing;

import java.util.List;

/**
 * What reading a compact file gives: the compact, or everything wrong with the file
 * (never both).
 */
public sealed interface ReadResult {

	record Parsed(CompactFile file) implements ReadResult {
	}

	/** Ordered by where in the file; never empty. */
	record Invalid(List<FileError> errors) implements ReadResult {

		public Invalid {
			errors = List.copyOf(errors);
			if (errors.isEmpty()) {
				throw new IllegalArgumentException("an invalid file has at least one error");
			}
		}

	}

}
