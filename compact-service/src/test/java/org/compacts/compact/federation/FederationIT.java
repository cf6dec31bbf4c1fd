package org.compacts.compact.federation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.contracts.tenant.Adoption;
import org.compacts.contracts.tenant.TenantCreated;
import org.compacts.contracts.tenant.TenantParentChanged;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestKafka;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.compacts.compact.federation.TenantEventsTopic.archived;
import static org.compacts.compact.federation.TenantEventsTopic.county;
import static org.compacts.compact.federation.TenantEventsTopic.district;
import static org.compacts.compact.federation.TenantEventsTopic.moved;
import static org.compacts.compact.federation.TenantEventsTopic.publish;

/**
 * federation_member follows the tenant events on the real broker: who follows which
 * county after creations, a move, an archive and a compact that keeps its own; a replayed
 * older event changes nothing; and no work done in a tenant can write the table. Each
 * test names compacts of its own, so the tests and other classes in the JVM never meet.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "compacts", kafka = true)
class FederationIT {

	@Autowired
	Federation federation;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	private final String kent = slug("kent");

	private final String essex = slug("essex");

	private final String swale = slug("swale");

	private final String dover = slug("dover");

	private String slug(String name) {
		return name + "-" + run;
	}

	private Instant at(int minutes) {
		return start.plus(minutes, ChronoUnit.MINUTES);
	}

	@Test
	void aCountysFollowersAreItsChildrenThatTakeItsCompactAndAreNotArchived() {
		String medway = slug("medway");
		publish(county(kent, at(0)), county(essex, at(0)), district(swale, kent, Adoption.ADOPTS_PARENT_CORE, at(1)),
				district(dover, kent, Adoption.ADOPTS_PARENT_AS_FIRST, at(1)),
				district(medway, kent, Adoption.KEEPS_OWN, at(1)));

		assertThat(federation.followersOf(kent)).containsExactly(dover, swale);
		assertThat(federation.parentOf(medway)).contains(kent);
		assertThat(federation.follows(medway, kent)).isFalse();
		assertThat(federation.follows(swale, kent)).isTrue();
		assertThat(federation.parentOf(kent)).isEmpty();
		assertThat(federation.followersOf(essex)).isEmpty();

		publish(moved(dover, kent, essex, at(2)));

		assertThat(federation.followersOf(kent)).containsExactly(swale);
		assertThat(federation.followersOf(essex)).containsExactly(dover);
		assertThat(federation.follows(dover, kent)).isFalse();

		publish(archived(swale, kent, at(3)));

		assertThat(federation.followersOf(kent)).isEmpty();
		assertThat(federation.follows(swale, kent)).isFalse();
		assertThat(federation.parentOf(swale)).as("an archived compact keeps its place").contains(kent);
		assertThat(federation.parentOf(slug("unheard-of"))).isEmpty();
	}

	@Test
	void aReplayedOlderEventChangesNothing() {
		TenantCreated swaleJoined = district(swale, kent, Adoption.ADOPTS_PARENT_CORE, at(1));
		TenantParentChanged doverToKent = moved(dover, essex, kent, at(2));
		publish(county(kent, at(0)), county(essex, at(0)), swaleJoined,
				district(dover, essex, Adoption.ADOPTS_PARENT_CORE, at(1)), doverToKent,
				moved(dover, kent, essex, at(3)), archived(swale, kent, at(4)));
		List<Map<String, Object>> before = rows(swale, dover);
		assertThat(federation.followersOf(essex)).containsExactly(dover);

		// as a consumer catching up would meet them again: the same events, and others as
		// old
		publish(swaleJoined, doverToKent, moved(dover, essex, kent, at(2)),
				district(swale, kent, Adoption.ADOPTS_PARENT_CORE, at(2)));

		assertThat(rows(swale, dover)).isEqualTo(before);
		assertThat(federation.followersOf(kent)).isEmpty();
		assertThat(federation.followersOf(essex)).containsExactly(dover);
	}

	@Test
	void anEventKeyedForAnotherTenantIsNotStored() {

		TestKafka.awaitCommitted(TenantEvents.GROUP,
				TenantEventsTopic.send(kent, district(swale, kent, Adoption.ADOPTS_PARENT_CORE, at(1))));

		assertThat(federation.parentOf(swale)).isEmpty();
	}

	@Test
	void workDoneInATenantReadsTheTableButCannotWriteIt() {
		publish(county(kent, at(0)), district(swale, kent, Adoption.ADOPTS_PARENT_CORE, at(1)));

		assertThat(asTenant(swale, () -> jdbc.queryForObject("SELECT parent_slug FROM federation_member WHERE slug = ?",
				String.class, swale)))
			.isEqualTo(kent);
		assertThat(asTenant(swale, () -> jdbc
			.update("UPDATE federation_member SET archived = true, parent_slug = NULL WHERE slug = ?", swale)))
			.isZero();
		assertThat(asTenant(swale, () -> jdbc.update("DELETE FROM federation_member WHERE slug = ?", swale))).isZero();
		assertThatThrownBy(() -> asTenant(swale, () -> jdbc.update("""
				INSERT INTO federation_member (slug, level, parent_slug, adoption, archived, occurred_at, event_id)
				VALUES (?, 'DISTRICT', ?, 'ADOPTS_PARENT_CORE', false, now(), gen_random_uuid())
				""", dover, kent))).rootCause().hasMessageContaining("violates row-level security policy");
		assertThat(federation.followersOf(kent)).containsExactly(swale);
	}

	private <T> T asTenant(String tenant, java.util.function.Supplier<T> work) {
		return transactions.execute(status -> {
			jdbc.queryForObject("SELECT set_config('compacts.tenant', ?, true)", String.class, tenant);
			return work.get();
		});
	}

	private List<Map<String, Object>> rows(String... slugs) {
		return jdbc.queryForList("SELECT * FROM federation_member WHERE slug = ANY (?) ORDER BY slug", (Object) slugs);
	}

}
