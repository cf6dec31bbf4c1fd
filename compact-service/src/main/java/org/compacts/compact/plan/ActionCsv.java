package org.compacts.compact.plan;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.compacts.compact.item.ItemLinks.Link;
import org.compacts.compact.plan.PlanAction.Ambition;
import org.compacts.compact.plan.PlanAction.Priority;
import org.compacts.compact.plan.PlanAction.Status;
import org.compacts.compact.plan.PlanApi.ActionView;
import org.compacts.servicekit.refusal.InvalidField;
import org.jspecify.annotations.Nullable;

/**
 * An action plan as councils keep it, a spreadsheet saved as CSV: a header row naming the
 * {@link Column}s (any case, any order), then an action a row. Reading is pure: it is
 * given what the compact's names stand for and today, and answers every action or every
 * error, each naming its line and column. What {@link #write} writes, {@link #read} reads
 * back unchanged.
 */
final class ActionCsv {

	/** The columns, as a header row names them. */
	enum Column {

		TITLE, OUTCOME, MEASURE, OWNER_ORGANISATION, OWNER_PERSON, PARTNERS, START, DUE, PRIORITY, AMBITION, STATUS,
		PROGRESS, COMPLETED, DROP_REASON, CODES;

		String header() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** More would bury the first ones; the author fixes these and tries again. */
	static final int MAX_ERRORS = 100;

	/** What a spreadsheet lists in one cell (partners, codes) is separated by this. */
	private static final String SEPARATOR = ";";

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	/** As a spreadsheet in England writes a date: 1/4/2027 or 01/04/2027. */
	private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final String DATE_REASON = "must be a date as yyyy-mm-dd or dd/mm/yyyy";

	/**
	 * CSV injection: a spreadsheet runs a cell that starts with one of these as a
	 * formula, so {@link #write} puts a quote before it (a spreadsheet shows the text,
	 * without the quote), and {@link #read} takes that quote off again.
	 */
	private static final Pattern FORMULA = Pattern.compile("^[=+\\-@].*", Pattern.DOTALL);

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private ActionCsv() {
	}

	/**
	 * What the compact's names stand for.
	 *
	 * @param organisations the signatory register's ids by exact name
	 * @param codes its principles and codes (its own and adopted copies), by title in
	 * lower case
	 */
	record Names(Map<String, UUID> organisations, Map<String, ActionLink> codes) {

		static Names of(Map<UUID, String> organisations, List<Link> items) {
			return new Names(
					organisations.entrySet()
						.stream()
						.collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a)),
					items.stream()
						.collect(Collectors.toMap(link -> link.title().strip().toLowerCase(Locale.ROOT),
								link -> new ActionLink(link.itemId(), link.kind()), (a, b) -> a)));
		}

	}

	/**
	 * One action to add, and where it stands.
	 *
	 * @param line where its row starts, from 1 (the header)
	 */
	record Row(int line, PlanAction.Details details, Status status, int progress, @Nullable LocalDate completedOn,
			@Nullable String dropReason) {

		/** An action stands elsewhere than where a new one does by an update only. */
		boolean needsUpdate() {
			return status != Status.NOT_STARTED || progress != 0;
		}

	}

	/**
	 * Every row, or what is wrong: the first {@link #MAX_ERRORS} errors, and how many
	 * there were.
	 */
	record Read(List<Row> rows, List<InvalidField> errors, int errorCount) {

		boolean isValid() {
			return errorCount == 0;
		}

	}

	static Read read(String text, Names names, LocalDate today) {
		Errors errors = new Errors();
		List<Row> rows = new ArrayList<>();
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		try (CSVParser parser = FORMAT.parse(new StringReader(body))) {
			Iterator<CSVRecord> records = parser.iterator();
			long line = 1;
			if (!records.hasNext()) {
				errors.add(1, null, "must be a header row naming the columns, title among them");
				return errors.read(rows);
			}
			Map<Column, Integer> columns = header(records.next(), errors);
			line = parser.getCurrentLineNumber() + 1;
			while (records.hasNext()) {
				CSVRecord record = records.next();
				int at = (int) line;
				line = parser.getCurrentLineNumber() + 1;
				if (columns != null && !isBlank(record)) {
					row(at, record, columns, names, today, errors).ifPresent(rows::add);
				}
			}
			if (columns != null && rows.isEmpty() && errors.count == 0) {
				errors.add(2, null, "is empty: the file has no actions below its header row");
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			errors.add(1, null, "is not a CSV file as a spreadsheet saves it: " + ex.getMessage());
		}
		return errors.read(rows);
	}

	/**
	 * The plan's actions as rows, under a header row of every column; dates as
	 * yyyy-mm-dd, choices in lower case.
	 */
	static String write(List<ActionView> actions) {
		return write(Arrays.stream(Column.values()).map(Column::header).toList(),
				actions.stream().map(ActionCsv::cells).toList());
	}

	/**
	 * Rows under a header, each cell kept from being run as a formula. Starts with a byte
	 * order mark, so a spreadsheet opens it as UTF-8.
	 */
	static String write(List<String> header, List<List<@Nullable Object>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(header);
			for (List<@Nullable Object> row : rows) {
				printer.printRecord(row.stream().map(ActionCsv::guarded).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static List<@Nullable Object> cells(ActionView action) {
		return Arrays.asList(action.title(), action.outcome(), action.measure(), action.owner().organisationName(),
				action.owner().person(), String.join(SEPARATOR + " ", action.partners()), action.startOn(),
				action.dueOn(), words(action.priority()), words(action.ambition()), words(action.status()),
				action.progress(), action.completedOn(), action.dropReason(),
				action.links().stream().map(Link::title).collect(Collectors.joining(SEPARATOR + " ")));
	}

	private static String words(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** A number stays a number: only text that a spreadsheet would run is quoted. */
	private static @Nullable Object guarded(@Nullable Object cell) {
		if (cell == null) {
			return null;
		}
		String text = cell.toString();
		return FORMULA.matcher(text).matches() && !NUMBER.matcher(text).matches() ? "'" + text : text;
	}

	private static @Nullable Map<Column, Integer> header(CSVRecord record, Errors errors) {
		Map<String, Column> known = Arrays.stream(Column.values())
			.collect(Collectors.toMap(Column::header, Function.identity()));
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		boolean valid = true;
		for (int i = 0; i < record.size(); i++) {
			String name = record.get(i).strip();
			if (i == 0 && name.startsWith("\uFEFF")) {
				name = name.substring(1).strip();
			}
			if (name.isEmpty()) {
				continue;
			}
			Column column = known.get(name.toLowerCase(Locale.ROOT).replace(' ', '_'));
			if (column == null) {
				valid = false;
				errors.add(1, name, "is not a column of an action plan; the columns are "
						+ Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(", ")));
			}
			else if (columns.putIfAbsent(column, i) != null) {
				valid = false;
				errors.add(1, column.header(), "is named twice");
			}
		}
		if (!columns.containsKey(Column.TITLE)) {
			valid = false;
			errors.add(1, Column.TITLE.header(), "is required: the header row names the columns, title among them");
		}
		return valid ? columns : null;
	}

	private static boolean isBlank(CSVRecord record) {
		return record.stream().allMatch(String::isBlank);
	}

	private static Optional<Row> row(int line, CSVRecord record, Map<Column, Integer> columns, Names names,
			LocalDate today, Errors errors) {
		int before = errors.count;
		if (hasCellsBeyond(record, columns)) {
			errors.add(line, null, "has " + record.size() + " cells, more than the header row names");
		}
		Cells cells = new Cells(line, record, columns, errors);
		String title = cells.text(Column.TITLE, 200);
		if (title == null) {
			errors.add(line, Column.TITLE.header(), "is required");
		}
		String outcome = cells.text(Column.OUTCOME, 2000);
		String measure = cells.text(Column.MEASURE, 2000);
		String owner = cells.text(Column.OWNER_ORGANISATION, 200);
		UUID ownerId = owner == null ? null : names.organisations().get(owner);
		String person = cells.text(Column.OWNER_PERSON, 200);
		List<String> partners = cells.list(Column.PARTNERS);
		partners.stream()
			.filter(partner -> partner.length() > 200)
			.findFirst()
			.ifPresent(partner -> errors.add(line, Column.PARTNERS.header(),
					"names a partner of more than 200 characters"));
		if (partners.size() > 50) {
			errors.add(line, Column.PARTNERS.header(), "names more than 50 partners");
		}
		LocalDate start = cells.date(Column.START);
		LocalDate due = cells.date(Column.DUE);
		if (start != null && due != null && due.isBefore(start)) {
			errors.add(line, Column.DUE.header(), "is before the start, " + start);
		}
		Priority priority = cells.choice(Column.PRIORITY, Priority.class, Priority.MEDIUM);
		Ambition ambition = cells.choice(Column.AMBITION, Ambition.class, Ambition.ACHIEVABLE);
		Status status = cells.choice(Column.STATUS, Status.class, Status.NOT_STARTED);
		Integer progress = cells.progress(status == Status.DONE ? 100 : 0);
		LocalDate completed = cells.date(Column.COMPLETED);
		String dropReason = cells.text(Column.DROP_REASON, 2000);
		if (status == Status.DONE) {
			if (completed == null && cells.isBlank(Column.COMPLETED)) {
				errors.add(line, Column.COMPLETED.header(), "is required when the status is done");
			}
			if (completed != null && completed.isAfter(today)) {
				errors.add(line, Column.COMPLETED.header(), "is after today");
			}
			if (progress != null && progress != 100) {
				errors.add(line, Column.PROGRESS.header(), "must be 100 when the status is done");
			}
		}
		else if (completed != null) {
			errors.add(line, Column.COMPLETED.header(), "is for a done action only");
		}
		if (status == Status.DROPPED) {
			if (dropReason == null) {
				errors.add(line, Column.DROP_REASON.header(), "is required when the status is dropped");
			}
		}
		else if (dropReason != null) {
			errors.add(line, Column.DROP_REASON.header(), "is for a dropped action only");
		}
		List<ActionLink> links = new ArrayList<>();
		for (String code : cells.list(Column.CODES)) {
			ActionLink link = names.codes().get(code.toLowerCase(Locale.ROOT));
			if (link == null) {
				errors.add(line, Column.CODES.header(),
						"names \"" + code + "\", which is not the title of a principle or code of this compact");
			}
			else {
				links.add(link);
			}
		}
		if (errors.count > before || status == null || priority == null || ambition == null) {
			return Optional.empty();
		}
		PlanAction.Details details = new PlanAction.Details(title, outcome, measure, ownerId,
				ownerId == null ? owner : null, person, partners, start, due, priority, ambition, links);
		return Optional.of(new Row(line, details, status, progress, completed, dropReason));
	}

	private static boolean hasCellsBeyond(CSVRecord record, Map<Column, Integer> columns) {
		int last = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		for (int i = last + 1; i < record.size(); i++) {
			if (!record.get(i).isBlank()) {
				return true;
			}
		}
		return false;
	}

	/** The cells of one row, each read as its column holds it; a problem is an error. */
	private record Cells(int line, CSVRecord record, Map<Column, Integer> columns, Errors errors) {

		boolean isBlank(Column column) {
			return raw(column) == null;
		}

		@Nullable String raw(Column column) {
			Integer at = columns.get(column);
			if (at == null || at >= record.size()) {
				return null;
			}
			String cell = record.get(at).strip();
			if (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA.matcher(cell.substring(1)).matches()) {
				cell = cell.substring(1);
			}
			return cell.isEmpty() ? null : cell;
		}

		@Nullable String text(Column column, int max) {
			String cell = raw(column);
			if (cell != null && cell.length() > max) {
				errors.add(line, column.header(), "must be at most " + max + " characters");
			}
			return cell;
		}

		List<String> list(Column column) {
			String cell = raw(column);
			if (cell == null) {
				return new ArrayList<>();
			}
			return Arrays.stream(cell.split(SEPARATOR))
				.map(String::strip)
				.filter(part -> !part.isEmpty())
				.collect(Collectors.toCollection(ArrayList::new));
		}

		@Nullable LocalDate date(Column column) {
			String cell = raw(column);
			if (cell == null) {
				return null;
			}
			for (DateTimeFormatter format : List.of(ISO, ENGLISH)) {
				try {
					return LocalDate.parse(cell, format);
				}
				catch (DateTimeParseException ex) {
					// the other form, or an error below
				}
			}
			errors.add(line, column.header(), DATE_REASON);
			return null;
		}

		<E extends Enum<E>> @Nullable E choice(Column column, Class<E> type, E otherwise) {
			String cell = raw(column);
			if (cell == null) {
				return otherwise;
			}
			String name = cell.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
			for (E value : type.getEnumConstants()) {
				if (value.name().equals(name)) {
					return value;
				}
			}
			errors.add(line, column.header(), "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(ActionCsv::words).collect(Collectors.joining(", ")));
			return null;
		}

		@Nullable Integer progress(int otherwise) {
			String cell = raw(Column.PROGRESS);
			if (cell == null) {
				return otherwise;
			}
			String number = cell.endsWith("%") ? cell.substring(0, cell.length() - 1).strip() : cell;
			try {
				int progress = Integer.parseInt(number);
				if (progress >= 0 && progress <= 100) {
					return progress;
				}
			}
			catch (NumberFormatException ex) {
				// told below
			}
			errors.add(line, Column.PROGRESS.header(), "must be a whole number from 0 to 100");
			return null;
		}

	}

	/** The errors found, the first {@link #MAX_ERRORS} kept. */
	private static final class Errors {

		private final List<InvalidField> kept = new ArrayList<>();

		private int count;

		void add(long line, @Nullable String column, String reason) {
			count++;
			if (kept.size() < MAX_ERRORS) {
				kept.add(new InvalidField("line " + line + (column == null ? "" : ": " + column), reason));
			}
		}

		Read read(List<Row> rows) {
			return count == 0 ? new Read(List.copyOf(rows), List.of(), 0)
					: new Read(List.of(), List.copyOf(kept), count);
		}

	}

}
