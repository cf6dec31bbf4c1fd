package org.compacts.testkit;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.compacts.testkit.SharedKeycloakState.Decision;
import org.compacts.testkit.SharedKeycloakState.ProcessRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedKeycloakStateTest {

	private static final ProcessRef MAVEN = new ProcessRef(100, 1_700_000_000_000L);

	private static final ProcessRef KEYCLOAK = new ProcessRef(200, 1_700_000_001_000L);

	private static final ProcessRef POSTGRES = new ProcessRef(300, 1_700_000_002_000L);

	private static final ProcessRef WATCHDOG = new ProcessRef(400, 1_700_000_003_000L);

	private static final ProcessRef FIRST_JVM = new ProcessRef(500, 1_700_000_004_000L);

	private static final ProcessRef SECOND_JVM = new ProcessRef(600, 1_700_000_005_000L);

	private static SharedKeycloakState state(List<ProcessRef> users) {
		return new SharedKeycloakState(MAVEN, KEYCLOAK, POSTGRES, WATCHDOG, "http://127.0.0.1:23456", "admin", "s3cret",
				"/work/target/testkit-keycloak/postgres", users);
	}

	private static Predicate<ProcessRef> alive(ProcessRef... living) {
		return Set.of(living)::contains;
	}

	@Test
	void theStateReadsBackAsWritten() {
		SharedKeycloakState written = state(List.of(FIRST_JVM, SECOND_JVM));

		assertThat(SharedKeycloakState.parse(written.format())).isEqualTo(written);
	}

	@Test
	void aStateWithoutWatchdogOrUsersReadsBackToo() {
		SharedKeycloakState written = new SharedKeycloakState(MAVEN, KEYCLOAK, POSTGRES, null, "http://127.0.0.1:1",
				"admin", "pw", "/pg", List.of());

		assertThat(SharedKeycloakState.parse(written.format())).isEqualTo(written);
	}

	@Test
	void anEmptyOrHalfWrittenFileIsNoState() {
		String whole = state(List.of(FIRST_JVM)).format();
		String half = whole.substring(0, whole.indexOf("url="));

		assertThat(SharedKeycloakState.parse("")).isNull();
		assertThat(SharedKeycloakState.parse(half)).isNull();
		assertThat(SharedKeycloakState.parse(whole.replace("keycloak=200@", "keycloak=x@"))).isNull();
	}

	@Test
	void aProcessWrittenWithoutStartTimeIsKnownByItsIdAlone() {
		assertThat(ProcessRef.parse("42")).isEqualTo(new ProcessRef(42, ProcessRef.UNKNOWN_START));
		assertThat(ProcessRef.parse("42@7")).isEqualTo(new ProcessRef(42, 7));
	}

	@Test
	void thePasswordStaysOutOfItsDescription() {
		assertThat(state(List.of()).toString()).doesNotContain("s3cret").contains("127.0.0.1:23456");
	}

	@Test
	void noStateMeansStart() {
		assertThat(SharedKeycloakState.decide(null, MAVEN, FIRST_JVM, alive(MAVEN))).isEqualTo(Decision.START);
	}

	@Test
	void theSameLiveMavenRunReusesItsKeycloakOnceTheEarlierJvmHasEnded() {
		SharedKeycloakState found = state(List.of(FIRST_JVM));

		assertThat(SharedKeycloakState.decide(found, MAVEN, SECOND_JVM, alive(MAVEN, KEYCLOAK, POSTGRES, WATCHDOG)))
			.isEqualTo(Decision.REUSE);
	}

	@Test
	void aJvmThatUsedItAlreadyMayUseItAgain() {
		SharedKeycloakState found = state(List.of(FIRST_JVM));

		assertThat(SharedKeycloakState.decide(found, MAVEN, FIRST_JVM, alive(MAVEN, KEYCLOAK, POSTGRES, FIRST_JVM)))
			.isEqualTo(Decision.REUSE);
	}

	@Test
	void aKeycloakAnotherLiveJvmOfTheRunStillUsesIsLeftToIt() {
		SharedKeycloakState found = state(List.of(FIRST_JVM));

		assertThat(SharedKeycloakState.decide(found, MAVEN, SECOND_JVM, alive(MAVEN, KEYCLOAK, POSTGRES, FIRST_JVM)))
			.isEqualTo(Decision.PRIVATE);
	}

	@Test
	void aKeycloakOfAnotherLiveMavenRunIsLeftAlone() {
		ProcessRef otherMaven = new ProcessRef(101, MAVEN.startMillis());

		assertThat(SharedKeycloakState.decide(state(List.of()), otherMaven, SECOND_JVM,
				alive(MAVEN, otherMaven, KEYCLOAK, POSTGRES)))
			.isEqualTo(Decision.PRIVATE);
	}

	@Test
	void aDeadRunsStateIsClearedAndANewKeycloakStarted() {
		ProcessRef newMaven = new ProcessRef(700, 1_800_000_000_000L);

		assertThat(SharedKeycloakState.decide(state(List.of(FIRST_JVM)), newMaven, SECOND_JVM,
				alive(newMaven, KEYCLOAK, POSTGRES)))
			.isEqualTo(Decision.START);
	}

	@Test
	void aReusedProcessIdIsNotTheRecordedOwner() {
		ProcessRef samePidLater = new ProcessRef(MAVEN.pid(), MAVEN.startMillis() + 60_000);

		assertThat(SharedKeycloakState.decide(state(List.of()), samePidLater, SECOND_JVM,
				alive(samePidLater, KEYCLOAK, POSTGRES)))
			.isEqualTo(Decision.START);
	}

	@Test
	void aDeadKeycloakOrPostgresOfTheRunIsStartedAgain() {
		assertThat(SharedKeycloakState.decide(state(List.of()), MAVEN, SECOND_JVM, alive(MAVEN, POSTGRES)))
			.isEqualTo(Decision.START);
		assertThat(SharedKeycloakState.decide(state(List.of()), MAVEN, SECOND_JVM, alive(MAVEN, KEYCLOAK)))
			.isEqualTo(Decision.START);
	}

	@Test
	void usingItRecordsTheJvmAndForgetsDeadOnes() {
		SharedKeycloakState used = state(List.of(FIRST_JVM)).usedBy(SECOND_JVM, alive(SECOND_JVM));

		assertThat(used.users()).containsExactly(SECOND_JVM);
		assertThat(used.usedBy(SECOND_JVM, alive(SECOND_JVM)).users()).containsExactly(SECOND_JVM);
	}

	@Test
	void whatADeadRunLeftIsKeycloakPostgresAndTheWatchdog() {
		assertThat(state(List.of()).processes()).containsExactly(KEYCLOAK, POSTGRES, WATCHDOG);
	}

	@Test
	void aLiveProcessIsKnownAndTheSameIdWithAnotherStartIsNot() {
		ProcessRef me = ProcessRef.of(ProcessHandle.current());

		assertThat(me.isAlive()).isTrue();
		assertThat(new ProcessRef(me.pid(), me.startMillis() - 1000).isAlive()).isFalse();
	}

}
