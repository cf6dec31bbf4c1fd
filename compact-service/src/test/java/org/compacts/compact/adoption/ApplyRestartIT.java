package org.compacts.compact.adoption;

import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.compacts.compact.CompactServiceApplication;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.testkit.StandaloneService;
import org.compacts.testkit.TestKafka;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.adoption.SyncTopics.outcomeOf;
import static org.compacts.compact.adoption.SyncTopics.values;

/**
 * The outcome of an apply is kept with the apply: one that committed while the broker was
 * away is sent when the service starts again, and one that rolled back is never sent; the
 * command delivered again after the restart changes nothing and is answered as already
 * applied.
 */
class ApplyRestartIT {

	private static final StandaloneService SERVICE = new StandaloneService(CompactServiceApplication.class, "compacts");

	@Test
	void anOutcomeCommittedWhileTheBrokerWasAwayIsSentAfterARestartAndARolledBackOneNever() {
		UUID applied = UUID.randomUUID();
		UUID rolledBack = UUID.randomUUID();
		ApplyCommand command = SyncTopics.command("swale", "kent", applied, "CODE", 1, "CORE", Codes.volunteering());
		try (ConfigurableApplicationContext withoutKafka = SERVICE.withoutKafka()) {
			Applying applying = withoutKafka.getBean(Applying.class);
			TransactionTemplate transactions = withoutKafka.getBean(TransactionTemplate.class);
			JdbcTemplate jdbc = withoutKafka.getBean(JdbcTemplate.class);

			CurrentTenant.callAs("swale", () -> applying.apply(command));
			CurrentTenant.callAs("swale", () -> transactions.execute(status -> {
				applying
					.apply(SyncTopics.command("swale", "kent", rolledBack, "CODE", 1, "CORE", Codes.volunteering()));
				status.setRollbackOnly();
				return null;
			}));

			Awaitility.await()
				.until(() -> jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
						+ " AND serialized_event LIKE ?", Integer.class, "%" + applied + "%") == 1);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?",
					Integer.class, "%" + rolledBack + "%"))
				.isZero();
		}

		try (ConfigurableApplicationContext restarted = SERVICE.withKafka();
				TestKafka.Reader<Object> outcomes = SyncTopics.outcomes()) {
			assertThat(values(outcomes.await(outcomeOf("swale", applied), 1))).extracting(ApplyOutcome::result)
				.containsExactly(Result.APPLIED);

			SyncTopics.send(command);

			List<ApplyOutcome> answers = values(outcomes.await(outcomeOf("swale", applied), 2));
			assertThat(answers).extracting(ApplyOutcome::result)
				.containsExactly(Result.APPLIED, Result.ALREADY_APPLIED);
			assertThat(outcomes.readToEnd()).filteredOn(outcomeOf("swale", rolledBack)).isEmpty();
			JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
			TransactionTemplate transactions = restarted.getBean(TransactionTemplate.class);
			List<Integer> versions = transactions.execute(status -> {
				jdbc.queryForObject("SELECT set_config('compacts.tenant', 'swale', true)", String.class);
				return jdbc.queryForList("SELECT v.number FROM item_version v JOIN adoption a ON a.item_id = v.item_id"
						+ " WHERE a.source_item_id IN (?, ?)", Integer.class, applied, rolledBack);
			});
			assertThat(versions).containsExactly(1);
		}
	}

}
