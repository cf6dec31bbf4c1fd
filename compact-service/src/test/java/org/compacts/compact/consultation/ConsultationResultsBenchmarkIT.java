package org.compacts.compact.consultation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.compacts.compact.Api;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results of a consultation with 5,000 responses to 30 questions of every type: how
 * long working them out takes (reading the responses from PostgreSQL included, and the
 * figures alone), and each export, CSV and JSON, in process and through HTTP
 * (docs/benchmarks.md). Only when asked for ({@code -Dconsultations.benchmark=true}): a
 * measurement, not a check of behaviour, so it asserts no time; it checks only that the
 * figures count every response.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
@EnabledIfSystemProperty(named = "consultations.benchmark", matches = "true")
class ConsultationResultsBenchmarkIT {

	static final int RESPONSES = 5_000;

	static final String TENANT = "swale";

	static final int WARM_UPS = 3;

	static final int RUNS = 10;

	@LocalServerPort
	int port;

	@Autowired
	ConsultationRegister register;

	@Autowired
	ConsultationResponses responses;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	final Random random = new Random(13);

	/** 30 questions: six ratings, five rankings of five, and some of every other type. */
	static List<Question> questions() {
		List<Question> questions = new ArrayList<>();
		List<String> five = List.of("Option A", "Option B", "Option C", "Option D", "Option E");
		List<String> labels = List.of("Very poor", "Poor", "Fair", "Good", "Very good");
		for (int i = 0; i < 6; i++) {
			questions.add(new Question("Rating " + i, QuestionType.RATING, List.of(), 5, labels));
		}
		for (int i = 0; i < 5; i++) {
			questions.add(new Question("Ranking " + i, QuestionType.RANKING, five, null, List.of()));
		}
		for (int i = 0; i < 3; i++) {
			questions.add(new Question("Priority " + i, QuestionType.PRIORITY, List.of(), null, List.of()));
			questions.add(new Question("Single choice " + i, QuestionType.SINGLE_CHOICE, five, null, List.of()));
			questions.add(new Question("Multiple choice " + i, QuestionType.MULTIPLE_CHOICE, five, null, List.of()));
			questions.add(new Question("Free text " + i, QuestionType.FREE_TEXT, List.of(), null, List.of()));
			questions.add(new Question("Achievable? " + i, QuestionType.ACHIEVABILITY, List.of(), null, List.of()));
		}
		for (int i = 0; i < 4; i++) {
			questions.add(new Question("Yes or no " + i, QuestionType.YES_NO, List.of(), null, List.of()));
		}
		return questions;
	}

	/** An answer to every question. */
	ResponseContent content(List<Question> questions) {
		List<Answer> answers = new ArrayList<>();
		for (int q = 0; q < questions.size(); q++) {
			Question question = questions.get(q);
			answers.add(switch (question.type()) {
				case RATING -> new Answer(q, 1 + random.nextInt(5), List.of(), null, null, null, null);
				case RANKING -> {
					List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4));
					java.util.Collections.shuffle(order, random);
					yield new Answer(q, null, order, null, null, null, null);
				}
				case SINGLE_CHOICE -> new Answer(q, null, List.of(random.nextInt(5)), null, null, null, null);
				case MULTIPLE_CHOICE -> new Answer(q, null, List.of(0, 2 + random.nextInt(3)), null, null, null, null);
				case PRIORITY -> new Answer(q, null, List.of(), null, Priority.values()[random.nextInt(3)], null, null);
				case YES_NO -> new Answer(q, null, List.of(), random.nextBoolean(), null, null, null);
				case FREE_TEXT -> new Answer(q, null, List.of(), null, null,
						"A comment of a sentence or two, as respondents write them, number " + random.nextInt(1000)
								+ ".",
						null);
				case ACHIEVABILITY ->
					new Answer(q, null, List.of(), null, null, null, Achievability.values()[random.nextInt(2)]);
			});
		}
		return new ResponseContent(answers, List.of());
	}

	/**
	 * The figures as Results.of worked them out before: for each question, a pass over
	 * every answer of every response.
	 */
	static List<Results.QuestionResult> perQuestionScan(List<Question> questions, List<Results.Counted> responses) {
		List<Results.QuestionResult> results = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			int index = i;
			List<Answer> answers = responses.stream()
				.flatMap(response -> response.content().answers().stream())
				.filter(answer -> answer.question() == index)
				.toList();
			results.add(Results.of(index, questions.get(i), answers));
		}
		return results;
	}

	/** The median and the fastest of the runs after the warm-ups, in milliseconds. */
	static String time(String what, Supplier<Object> work) {
		for (int i = 0; i < WARM_UPS; i++) {
			work.get();
		}
		double[] ms = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.get();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		String line = String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms |", what,
				(ms[RUNS / 2 - 1] + ms[RUNS / 2]) / 2, ms[0]);
		System.out.println(line);
		return line;
	}

	@Test
	void theResultsOf5000ResponsesTo30Questions() throws IOException {
		List<Question> questions = questions();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		UUID id = CurrentTenant.callAs(TENANT, () -> {
			ConsultationRegister.Shown shown = register.create(new Draft("Benchmark " + UUID.randomUUID(), null, null,
					null, today, today.plusWeeks(12), null, true, questions), "bench");
			return register.open(shown.consultation().id(), ExpectedVersion.of(shown.consultation().version()))
				.consultation()
				.id();
		});
		List<Object[]> rows = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		String[] sectors = { "PUBLIC", "VCS", "PRIVATE" };
		List<Object[]> organisations = new ArrayList<>();
		for (int i = 0; i < RESPONSES; i++) {
			// four in five for an organisation, the rest for themselves
			UUID organisation = i % 5 == 4 ? null : UUID.randomUUID();
			String sector = organisation == null ? Results.INDIVIDUAL : sectors[i % 3];
			if (organisation != null) {
				organisations.add(new Object[] { organisation, TENANT, "Bench organisation " + organisation, sector });
			}
			rows.add(new Object[] { UUID.randomUUID(), TENANT, id, organisation, sector, "Respondent " + i,
					"bench-" + i + "-" + id, ConsultationJson.write(content(questions)), now, now });
		}
		transactions.executeWithoutResult(status -> {
			jdbc.queryForObject("SELECT set_config('compacts.tenant', ?, true)", String.class, TENANT);
			jdbc.batchUpdate("INSERT INTO organisation (id, tenant_id, name, sector) VALUES (?, ?, ?, ?)",
					organisations);
			jdbc.batchUpdate("INSERT INTO consultation_response (id, tenant_id, consultation_id, organisation_id, "
					+ "sector, respondent_name, responded_by, content, created_at, updated_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)", rows);
		});
		CurrentTenant.callAs(TENANT,
				() -> register.close(id, ExpectedVersion.of(register.one(id, Reach.MEMBER).consultation().version())));

		Results results = CurrentTenant.callAs(TENANT, () -> register.results(id, Reach.MEMBER));
		assertThat(results.responses()).isEqualTo(RESPONSES);
		assertThat(results.questions()).hasSize(30).allMatch(question -> question.answered() == RESPONSES);
		List<Results.Counted> counted = rows.stream()
			.map(row -> new Results.Counted((String) row[4], ConsultationJson.content((String) row[7])))
			.toList();
		assertThat(perQuestionScan(questions, counted))
			.isEqualTo(Results.of(questions, counted, ConsultationRegister.SECTORS).questions());
		Api api = new Api(port, jdbc, transactions);
		String path = "/api/t/" + TENANT + "/consultations/" + id + "/results";
		String csv = ResultsCsv.write(results);
		String exported = json.writeValueAsString(results);

		List<String> lines = new ArrayList<>();
		lines.add("| " + RESPONSES + " responses x " + questions.size() + " questions | median of " + RUNS
				+ " | fastest |");
		lines.add("| --- | --- | --- |");
		lines.add(time("the results: read from PostgreSQL, parsed and worked out (ConsultationRegister.results)",
				() -> CurrentTenant.callAs(TENANT, () -> register.results(id, Reach.MEMBER))));
		TransactionTemplate readOnly = new TransactionTemplate(
				Objects.requireNonNull(transactions.getTransactionManager()));
		readOnly.setReadOnly(true);
		lines.add(time("reading the 5,000 rows alone (the register's JPA query, read-only transaction)",
				() -> CurrentTenant.callAs(TENANT, () -> readOnly
					.execute(status -> responses.findByConsultationIdOrderByCreatedAtAscIdAsc(id).size()))));
		lines.add(time("parsing the 5,000 stored responses alone (ConsultationJson.content)",
				() -> rows.stream().map(row -> ConsultationJson.content((String) row[7])).toList()));
		lines.add(time("the figures alone, before: every answer scanned once per question (as Results.of was)",
				() -> perQuestionScan(questions, counted)));
		lines.add(time("the figures alone, after: the answers sorted to their questions in one pass (Results.of)",
				() -> Results.of(questions, counted, ConsultationRegister.SECTORS)));
		lines.add(time("CSV export of the figures (ResultsCsv.write, " + csv.length() / 1024 + " KiB)",
				() -> ResultsCsv.write(results)));
		lines.add(time("JSON export of the figures (the service's JsonMapper, " + exported.length() / 1024 + " KiB)",
				() -> json.writeValueAsString(results)));
		lines.add(time("GET .../results over HTTP, anonymous (JSON export end to end)", () -> {
			Api.Answer answer = api.get(path, null);
			assertThat(answer.status()).isEqualTo(200);
			return answer;
		}));
		lines.add(time("GET .../results.csv over HTTP, anonymous (CSV export end to end)", () -> {
			Api.Answer answer = api.get(path + ".csv", null);
			assertThat(answer.status()).isEqualTo(200);
			return answer;
		}));
		Files.write(Path.of("target", "consultation-results-benchmark.md"), lines);
	}

}
