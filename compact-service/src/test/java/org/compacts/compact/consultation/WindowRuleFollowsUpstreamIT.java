package org.compacts.compact.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.compact.versioning.MeasurableCommitment;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window rule of a district whose Consultation code is its copy of the county's, when
 * the county's new version arrives through the real apply path on the broker (the test
 * plays sync-service): a consultation opened after it follows the new numbers, a draft
 * written before it included, and one already open keeps the rule it opened under. The
 * district is this test's own, so no other test's codes stand before the copy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class WindowRuleFollowsUpstreamIT {

	final String district = "window-" + UUID.randomUUID().toString().substring(0, 8);

	final UUID kentCode = UUID.randomUUID();

	final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	@Autowired
	ConsultationRegister register;

	TestKafka.Reader<Object> outcomes;

	@BeforeEach
	void readOutcomes() {
		outcomes = TestKafka.json(Topics.APPLY_OUTCOMES, SyncEvent.class.getPackageName());
	}

	@AfterEach
	void close() {
		outcomes.close();
	}

	static CodeOfPracticeContent consultationCode(int standardWeeks, int minimumWeeks) {
		return new CodeOfPracticeContent("Consultation", "The VCS is able to comment on and influence policy.",
				"This code aims to ensure that the VCS is able to comment on and influence policy.",
				List.of("Sharing information on consultations"),
				List.of(standardWeeks + " weeks consultation, with a minimum of " + minimumWeeks + " weeks"), List.of(),
				List.of(), List.of(),
				List.of(MeasurableCommitment.standard("standard consultation period", standardWeeks, "weeks"),
						MeasurableCommitment.minimum("minimum consultation period", minimumWeeks, "weeks")));
	}

	/** Sends Kent's version as sync-service does and waits for the district's answer. */
	private void applied(int version, CodeOfPracticeContent content, int outcomesSoFar) {
		TestKafka.send(Topics.APPLY_COMMANDS, district,
				new ApplyCommand(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, district, "kent", kentCode, "CODE",
						version, "ADAPTABLE", false, JsonMapper.builder().build().writeValueAsString(content),
						Instant.now(), null));
		List<ConsumerRecord<String, Object>> answers = outcomes
			.await(record -> record.value() instanceof ApplyOutcome outcome && outcome.district().equals(district)
					&& outcome.itemId().equals(kentCode), outcomesSoFar + 1);
		assertThat(((ApplyOutcome) answers.get(outcomesSoFar).value()).result()).isEqualTo(ApplyOutcome.Result.APPLIED);
	}

	private UUID draft(String title, int weeks) {
		return CurrentTenant.callAs(district,
				() -> register
					.create(new Draft(title, null, null, null, today, today.plusWeeks(weeks), null, false,
							List.of(new Question("Anything else?", QuestionType.FREE_TEXT, List.of(), null,
									List.of()))),
							"editor")
					.consultation()
					.id());
	}

	private ConsultationRegister.Shown open(UUID id) {
		return CurrentTenant.callAs(district,
				() -> register.open(id, ExpectedVersion.of(register.one(id, Reach.MEMBER).consultation().version())));
	}

	private ConsultationRegister.Shown read(UUID id) {
		return CurrentTenant.callAs(district, () -> register.one(id, Reach.MEMBER));
	}

	@Test
	void aNewUpstreamVersionOfTheConsultationCodeRulesWhatOpensAfterItAndNotWhatIsOpen() {
		applied(1, consultationCode(12, 8), 0);
		UUID tenWeeks = draft("Ten weeks", 10);
		UUID sevenWeeks = draft("Seven weeks, written before Kent's new version", 7);

		ConsultationRegister.Shown ten = open(tenWeeks);
		assertThat(ten.judgement().verdict()).isEqualTo(WindowRule.Verdict.WARNED);
		assertThat(ten.rule()).isEqualTo(new WindowRule(84, 56, "the Consultation code, version 1"));
		// under version 1, seven weeks is shorter than the minimum of eight
		assertThat(read(sevenWeeks).judgement().verdict()).isEqualTo(WindowRule.Verdict.REFUSED);

		// Kent's version 2: ten weeks as the standard, six at least
		applied(2, consultationCode(10, 6), 1);

		ConsultationRegister.Shown seven = open(sevenWeeks);
		assertThat(seven.consultation().state()).isEqualTo(ConsultationState.OPEN);
		assertThat(seven.judgement().verdict()).isEqualTo(WindowRule.Verdict.WARNED);
		assertThat(seven.rule()).isEqualTo(new WindowRule(70, 42, "the Consultation code, version 2"));
		assertThat(open(draft("Ten weeks, after Kent's new version", 10)).judgement().verdict())
			.isEqualTo(WindowRule.Verdict.ALLOWED);
		// what opened before keeps the rule it was judged by
		ConsultationRegister.Shown tenAgain = read(tenWeeks);
		assertThat(tenAgain.rule()).isEqualTo(new WindowRule(84, 56, "the Consultation code, version 1"));
		assertThat(tenAgain.judgement().verdict()).isEqualTo(WindowRule.Verdict.WARNED);
	}

}
