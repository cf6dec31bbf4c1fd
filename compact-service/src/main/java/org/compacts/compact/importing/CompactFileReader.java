package org.compacts.compact.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a compact file (YAML or JSON) and answers the compact it holds, or every error in
 * it with its line, field and reason. Bad input is an answer, never an exception: a
 * syntax error, a file that breaks the schema ({@code import/compact-file.schema.json})
 * or a name used twice where it must be unique. Thread-safe; build one and keep it.
 *
 * <pre>
 * switch (reader.read(bytes, "application/yaml")) { ... }   // or a file name: "kent.yaml"
 * </pre>
 */
public final class CompactFileReader {

	/**
	 * Larger than any compact; the YAML parser refuses more than about 3 million
	 * characters anyway.
	 */
	public static final int MAX_BYTES = 3_000_000;

	/**
	 * Enough to fix a file by; a file with more errors is likely not a compact file at
	 * all.
	 */
	static final int MAX_ERRORS = 100;

	private final ObjectMapper json = JsonMapper.builder().build();

	private final ObjectMapper yaml = YAMLMapper.builder().build();

	private final SchemaCheck schema = new SchemaCheck();

	/**
	 * @param contentTypeOrName a content type ({@code application/json},
	 * {@code application/yaml}) or a file name ({@code kent.yml}); when it names neither
	 * format, the content decides
	 */
	public ReadResult read(byte[] content, String contentTypeOrName) {
		return read(content, FileFormat.of(contentTypeOrName, content == null ? new byte[0] : content));
	}

	public ReadResult read(byte[] content, FileFormat format) {
		if (content == null || content.length == 0) {
			return invalid(List.of(new FileError(1, 1, "", "the file is empty")));
		}
		if (content.length > MAX_BYTES) {
			return invalid(List.of(new FileError(1, 1, "",
					"the file is larger than " + MAX_BYTES / 1_000_000 + " MB, more than any compact needs")));
		}
		LocatedTree.Reading reading = LocatedTree.read(format == FileFormat.JSON ? json : yaml, content, format.name());
		if (reading instanceof LocatedTree.Reading.Unreadable unreadable) {
			return invalid(unreadable.errors());
		}
		LocatedTree tree = ((LocatedTree.Reading.Read) reading).tree();
		List<FileError> errors = new ArrayList<>(schema.errors(tree));
		errors.addAll(CompactFileRules.errors(tree));
		if (!errors.isEmpty()) {
			return invalid(errors);
		}
		try {
			return new ReadResult.Parsed(CompactFileMapping.compactFile(tree.root()));
		}
		catch (RuntimeException ex) {
			// Only a rule the schema and the rules above missed gets here: still the
			// file's fault, and an answer.
			return invalid(List.of(new FileError(1, 1, "", "cannot be read as a compact: " + ex.getMessage())));
		}
	}

	private static ReadResult invalid(List<FileError> errors) {
		List<FileError> ordered = errors.stream()
			.sorted(Comparator.comparingInt(FileError::line).thenComparingInt(FileError::column))
			.toList();
		if (ordered.size() <= MAX_ERRORS) {
			return new ReadResult.Invalid(ordered);
		}
		List<FileError> first = new ArrayList<>(ordered.subList(0, MAX_ERRORS));
		FileError next = ordered.get(MAX_ERRORS);
		first.add(new FileError(next.line(), next.column(), "",
				"and " + (ordered.size() - MAX_ERRORS) + " more errors from here on, not listed"));
		return new ReadResult.Invalid(first);
	}

}
