package org.compacts.compact.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.indicator.IndicatorSummaries;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.ItemLinks;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.plan.PlanApi.PlanView;
import org.compacts.compact.signatory.OrganisationNames;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's actions in and out as CSV ({@link ActionCsv}), and its indicators out. An
 * import is whole or nothing: every row is read first, and one error adds no action.
 */
@Service
@Transactional
class PlanFiles {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	/** The note of the first update of an action imported where it stands. */
	static final String IMPORTED = "Imported from CSV";

	private final Plans plans;

	private final PlanRegister register;

	private final OrganisationNames organisations;

	private final SharedItems items;

	private final ItemLinks itemLinks;

	private final IndicatorSummaries indicators;

	private final EntityManager entities;

	private final Clock clock;

	PlanFiles(Plans plans, PlanRegister register, OrganisationNames organisations, SharedItems items,
			ItemLinks itemLinks, IndicatorSummaries indicators, EntityManager entities, ObjectProvider<Clock> clock) {
		this.plans = plans;
		this.register = register;
		this.organisations = organisations;
		this.items = items;
		this.itemLinks = itemLinks;
		this.indicators = indicators;
		this.entities = entities;
		this.clock = clock.getIfAvailable(() -> Clock.system(ENGLAND));
	}

	/** The plan after the import, and how many actions it added. */
	record Imported(int imported, PlanView plan) {
	}

	/**
	 * Adds every action of the file to the plan, or none: any error refuses the whole
	 * file, naming each error's line and column. An action that stands elsewhere than not
	 * started gets a first update that says so, by the importer, so its history holds.
	 * The plan's version moves, so that a second import from the same version is stale.
	 */
	Imported importActions(UUID planId, ExpectedVersion expected, byte[] file, String by) {
		return importActions(planId, expected, file, by, Map.of());
	}

	/**
	 * As {@link #importActions(UUID, ExpectedVersion, byte[], String)}; each action whose
	 * title is a key of {@code moves} moves those indicators of this compact.
	 */
	Imported importActions(UUID planId, ExpectedVersion expected, byte[] file, String by,
			Map<String, List<UUID>> moves) {
		ActionPlan plan = plans.findById(planId).orElseThrow(() -> Refusal.notFound("No such plan in this compact."));
		expected.require(plan.version());
		LocalDate today = LocalDate.now(clock);
		ActionCsv.Read read = ActionCsv.read(utf8(file), names(), today);
		if (!read.isValid()) {
			String detail = read.errorCount() > read.errors().size()
					? "The file has " + read.errorCount() + " errors, the first " + read.errors().size()
							+ " listed; nothing was imported."
					: "The file has " + read.errorCount() + " error(s); nothing was imported.";
			throw Refusal.invalid(detail, read.errors());
		}
		Instant now = clock.instant();
		for (ActionCsv.Row row : read.rows()) {
			PlanAction.Details details = moves.containsKey(row.details().title())
					? row.details().withIndicators(moves.get(row.details().title())) : row.details();
			PlanAction action = new PlanAction(plan.id(), details, by, now);
			if (row.needsUpdate()) {
				action.record(new PlanAction.Progress(today, row.status(), row.progress(), IMPORTED, row.completedOn(),
						row.dropReason()), by, today, now);
			}
			entities.persist(action);
		}
		entities.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		entities.flush();
		return new Imported(read.rows().size(), register.view(plan));
	}

	/**
	 * The plan's actions, in the plan's order, as {@link ActionCsv#write} writes them.
	 */
	@Transactional(readOnly = true)
	String actions(PlanView plan) {
		return ActionCsv.write(plan.actions());
	}

	/**
	 * The indicators the plan's actions move, each once: those the plan as read shows, so
	 * the reader reads no indicator the plan's own read path left out.
	 */
	@Transactional(readOnly = true)
	String indicators(PlanView plan) {
		List<UUID> ids = plan.actions()
			.stream()
			.flatMap(action -> action.indicators().stream())
			.map(PlanApi.IndicatorLink::id)
			.distinct()
			.toList();
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (IndicatorSummaries.Summary indicator : indicators.of(ids, Reach.MEMBER)) {
			rows.add(Arrays.asList(indicator.name(), indicator.unit(), indicator.baselineValue(),
					indicator.baselineOn(), indicator.targetValue(), indicator.targetOn(),
					indicator.direction().toLowerCase(Locale.ROOT).replace('_', ' '), indicator.tolerance(),
					indicator.latestOn(), indicator.latestValue(), indicator.expected(),
					indicator.rag().toLowerCase(Locale.ROOT)));
		}
		return ActionCsv.write(List.of("name", "unit", "baseline_value", "baseline_date", "target_value", "target_date",
				"direction", "tolerance", "latest_date", "latest_value", "expected", "rag"), rows);
	}

	/**
	 * The file with the names of its codes column kept only where they name a principle
	 * or code of this compact: for a file written for more compacts than this one.
	 */
	byte[] withKnownCodes(byte[] file) {
		Set<String> known = names().codes().keySet();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		StringBuilder out = new StringBuilder();
		try (CSVParser parser = CSVParser.parse(utf8(file), format);
				CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			List<String> headers = parser.getHeaderNames();
			int codes = headers.stream()
				.map(header -> header.strip().toLowerCase(Locale.ROOT))
				.toList()
				.indexOf("codes");
			printer.printRecord(headers);
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>(record.toList());
				if (codes >= 0 && codes < cells.size()) {
					cells.set(codes,
							Arrays.stream(cells.get(codes).split(";"))
								.map(String::strip)
								.filter(code -> known.contains(code.toLowerCase(Locale.ROOT)))
								.collect(Collectors.joining(";")));
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private ActionCsv.Names names() {
		List<UUID> ids = new ArrayList<>();
		for (ItemKind kind : ItemKind.values()) {
			items.all(kind).forEach(item -> ids.add(item.id()));
		}
		return ActionCsv.Names.of(organisations.all(), itemLinks.of(ids));
	}

	private static String utf8(byte[] file) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw Refusal.invalid("A CSV file is read as UTF-8: save the spreadsheet as \"CSV UTF-8\".", "file",
					"is not UTF-8 text");
		}
	}

}
