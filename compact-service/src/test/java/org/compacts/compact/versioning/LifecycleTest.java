package org.compacts.compact.versioning;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.versioning.ItemStatus.CONSULTATION;
import static org.compacts.compact.versioning.ItemStatus.DRAFT;
import static org.compacts.compact.versioning.ItemStatus.PUBLISHED;
import static org.compacts.compact.versioning.ItemStatus.RETIRED;
import static org.compacts.compact.versioning.ItemStatus.SUPERSEDED;
import static org.compacts.compact.versioning.ItemStatus.WITHDRAWN;

class LifecycleTest {

	/**
	 * The lifecycle as specified; every pair of statuses not listed here must be refused.
	 */
	private static final List<List<ItemStatus>> ALLOWED = List.of(List.of(DRAFT, CONSULTATION),
			List.of(DRAFT, PUBLISHED), List.of(DRAFT, WITHDRAWN), List.of(DRAFT, SUPERSEDED),
			List.of(CONSULTATION, PUBLISHED), List.of(CONSULTATION, WITHDRAWN), List.of(CONSULTATION, SUPERSEDED),
			List.of(PUBLISHED, SUPERSEDED), List.of(PUBLISHED, RETIRED));

	static Stream<Arguments> allowedMoves() {
		return ALLOWED.stream().map(pair -> Arguments.of(pair.get(0), pair.get(1)));
	}

	static Stream<Arguments> refusedMoves() {
		Set<ItemStatus> all = EnumSet.allOf(ItemStatus.class);
		return all.stream()
			.flatMap(from -> all.stream().map(to -> List.of(from, to)))
			.filter(pair -> !ALLOWED.contains(pair))
			.map(pair -> Arguments.of(pair.get(0), pair.get(1)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("allowedMoves")
	void movesAlongTheLifecycle(ItemStatus from, ItemStatus to) {
		// when
		Transition transition = Lifecycle.move(from, to);

		// then
		assertThat(transition).isEqualTo(new Transition.Moved(to));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("refusedMoves")
	void refusesEveryOtherMoveWithAReason(ItemStatus from, ItemStatus to) {
		// when
		Transition transition = Lifecycle.move(from, to);

		// then
		assertThat(transition).isInstanceOfSatisfying(Refused.class, refused -> {
			assertThat(refused.ground()).isEqualTo(Refused.Ground.NOT_ALLOWED);
			assertThat(refused.reason()).contains(from.name().toLowerCase()).contains(to.name().toLowerCase());
		});
	}

	@Test
	void coversAllThirtySixPairsOfStatuses() {
		assertThat(allowedMoves().count() + refusedMoves().count()).isEqualTo(36);
		assertThat(allowedMoves().count()).isEqualTo(9);
	}

	@Test
	void aRetiredVersionIsNotPublishedAgain() {
		assertThat(Lifecycle.move(RETIRED, PUBLISHED))
			.isEqualTo(new Refused(Refused.Ground.NOT_ALLOWED, "a retired version cannot move to published"));
	}

	@Test
	void onlyDraftsAndConsultationsAreWorkingVersions() {
		assertThat(EnumSet.allOf(ItemStatus.class).stream().filter(ItemStatus::isWorking)).containsExactly(DRAFT,
				CONSULTATION);
	}

}
