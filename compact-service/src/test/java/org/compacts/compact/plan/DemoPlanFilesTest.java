package org.compacts.compact.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.plan.PlanAction.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo plans shipped for the embedded default read as an editor's import would read
 * them today, given a compact that holds every code they name: 8 to 12 actions, every
 * status among them, some not SMART and some overdue.
 */
class DemoPlanFilesTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@ParameterizedTest
	@ValueSource(strings = { "swale", "south-derbyshire" })
	void aDemoPlanReadsWholeWithAMixOfActions(String tenant) throws IOException {
		String file = read("/import/plans/" + tenant + "-actions.csv");
		Map<String, ActionLink> codes;
		try (CSVParser parser = CSVParser.parse(file,
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			codes = parser.stream()
				.flatMap(row -> Arrays.stream(row.get("codes").split(";")))
				.map(String::strip)
				.filter(code -> !code.isEmpty())
				.distinct()
				.collect(Collectors.toMap(code -> code.toLowerCase(Locale.ROOT),
						code -> new ActionLink(UUID.randomUUID(), ItemKind.CODE)));
		}

		ActionCsv.Read read = ActionCsv.read(file, new ActionCsv.Names(Map.of(), codes), TODAY);

		assertThat(read.errors()).isEmpty();
		assertThat(read.rows()).hasSizeBetween(8, 12);
		assertThat(read.rows().stream().map(ActionCsv.Row::status).distinct())
			.containsExactlyInAnyOrder(Status.values());
		Map<Boolean, Long> smart = read.rows()
			.stream()
			.collect(Collectors.partitioningBy(
					row -> row.details().measure() != null && row.details().dueOn() != null
							&& (row.details().ownerOrganisationName() != null || row.details().ownerPerson() != null),
					Collectors.counting()));
		assertThat(smart.get(false)).isPositive();
		assertThat(read.rows()
			.stream()
			.filter(row -> row.details().dueOn() != null && row.details().dueOn().isBefore(TODAY)
					&& row.status() != Status.DONE && row.status() != Status.DROPPED))
			.isNotEmpty();
		assertThat(read.rows().stream().filter(row -> !row.details().links().isEmpty())).isNotEmpty();
	}

	private static String read(String resource) throws IOException {
		try (InputStream in = DemoPlanFilesTest.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
