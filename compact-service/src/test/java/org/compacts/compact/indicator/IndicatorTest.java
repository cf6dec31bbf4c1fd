package org.compacts.compact.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.compacts.compact.federation.Reach;
import org.compacts.compact.federation.Visibility;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IndicatorTest {

	static final LocalDate TODAY = LocalDate.parse("2026-06-15");

	static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

	static final UUID CODE = UUID.randomUUID();

	static Point point(String value, String on) {
		return new Point(new BigDecimal(value), LocalDate.parse(on));
	}

	static Definition definition(Point baseline, Point target, String tolerance, List<UUID> itemIds) {
		return new Definition("  Organisations aware of the Compact ", " % ", baseline, target,
				Direction.HIGHER_IS_BETTER, new BigDecimal(tolerance), Visibility.PUBLIC, itemIds);
	}

	static Definition sensible() {
		return definition(point("40", "2026-04-01"), point("60", "2027-04-01"), "5", List.of(CODE));
	}

	static Indicator indicator() {
		return new Indicator(sensible(), Set.of(CODE), "sam.editor", NOW);
	}

	static Refusal refused(Executable change) {
		return catchThrowableOfType(Refusal.class, change::execute);
	}

	@Test
	void anIndicatorKeepsItsDefinitionTrimmedAndStartsWithNoReading() {
		Indicator indicator = indicator();

		assertThat(indicator.definition().name()).isEqualTo("Organisations aware of the Compact");
		assertThat(indicator.definition().unit()).isEqualTo("%");
		assertThat(indicator.definition().itemIds()).containsExactly(CODE);
		assertThat(indicator.readings()).isEmpty();
		assertThat(indicator.standing()).isEqualTo(new Indicator.Standing(null, null, Rag.NONE));
	}

	@Test
	void theTargetDayComesAfterTheBaselineDay() {
		for (String on : List.of("2026-04-01", "2026-03-31")) {
			Definition definition = definition(point("40", "2026-04-01"), point("60", on), "5", List.of());

			Refusal refusal = refused(() -> new Indicator(definition, Set.of(), "sam.editor", NOW));

			assertThat(refusal.ground()).isEqualTo(Refusal.Ground.INVALID);
			assertThat(refusal.fields()).extracting(InvalidField::field).containsExactly("target.on");
		}
	}

	@Test
	void theToleranceIsZeroOrMore() {
		Indicator indicator = indicator();
		Definition negative = definition(point("40", "2026-04-01"), point("60", "2027-04-01"), "-0.0001", List.of());
		Definition zero = definition(point("40", "2026-04-01"), point("60", "2027-04-01"), "0", List.of());

		Refusal refusal = refused(() -> indicator.revise(negative, Set.of()));
		indicator.revise(zero, Set.of());

		assertThat(refusal.ground()).isEqualTo(Refusal.Ground.INVALID);
		assertThat(refusal.fields()).extracting(InvalidField::field).containsExactly("tolerance");
		assertThat(indicator.definition().tolerance()).isEqualByComparingTo("0");
	}

	@Test
	void daysFallBetween1900And2999() {
		Definition definition = definition(point("40", "1899-12-31"), point("60", "3000-01-01"), "5", List.of());

		Refusal refusal = refused(() -> new Indicator(definition, Set.of(), "sam.editor", NOW));

		assertThat(refusal.fields()).extracting(InvalidField::field).containsExactly("baseline.on", "target.on");
	}

	@Test
	void linksAreToItemsOfTheCompactEachOnce() {
		UUID elsewhere = UUID.randomUUID();
		Indicator indicator = indicator();
		Definition unknown = definition(point("40", "2026-04-01"), point("60", "2027-04-01"), "5",
				List.of(CODE, elsewhere));
		Definition twice = definition(point("40", "2026-04-01"), point("60", "2027-04-01"), "5", List.of(CODE, CODE));

		Refusal unknownRefused = refused(() -> indicator.revise(unknown, Set.of(CODE)));
		Refusal twiceRefused = refused(() -> indicator.revise(twice, Set.of(CODE)));

		assertThat(unknownRefused.fields())
			.containsExactly(new InvalidField("itemIds", elsewhere + " is not a principle or code of this compact"));
		assertThat(twiceRefused.fields()).extracting(InvalidField::field).containsExactly("itemIds");
		assertThat(indicator.definition()).isEqualTo(sensible());
	}

	@Test
	void aReadingChangesTheLatestTheExpectedValueAndTheRag() {
		Indicator indicator = indicator();

		indicator.record(point("45", "2026-05-01"), "from the survey", "CVS survey", "sam.editor", NOW, TODAY);
		indicator.record(point("41", "2026-06-15"), null, null, "sam.editor", NOW, TODAY);
		indicator.record(point("30", "2026-04-10"), null, null, "sam.editor", NOW, TODAY);

		assertThat(indicator.readings()).extracting(Reading::on)
			.containsExactly(LocalDate.parse("2026-06-15"), LocalDate.parse("2026-05-01"),
					LocalDate.parse("2026-04-10"));
		Indicator.Standing standing = indicator.standing();
		assertThat(standing.latest()).isEqualTo(point("41", "2026-06-15"));
		// 75 days of 365 in: 40 + 20 * 75 / 365
		assertThat(standing.expected()).isEqualTo(new BigDecimal("44.1096"));
		assertThat(standing.rag()).isEqualTo(Rag.AMBER);
	}

	@Test
	void aReadingIsOfADayThatHasCome() {
		Indicator indicator = indicator();

		Refusal tomorrow = refused(
				() -> indicator.record(point("45", "2026-06-16"), null, null, "sam.editor", NOW, TODAY));
		Refusal longAgo = refused(
				() -> indicator.record(point("45", "1899-12-31"), null, null, "sam.editor", NOW, TODAY));

		assertThat(List.of(tomorrow, longAgo)).allSatisfy(refusal -> {
			assertThat(refusal.ground()).isEqualTo(Refusal.Ground.INVALID);
			assertThat(refusal.fields()).extracting(InvalidField::field).containsExactly("on");
		});
		assertThat(indicator.readings()).isEmpty();
	}

	@Test
	void aDayHasOneReading() {
		Indicator indicator = indicator();
		indicator.record(point("45", "2026-05-01"), null, null, "sam.editor", NOW, TODAY);

		Refusal again = refused(
				() -> indicator.record(point("50", "2026-05-01"), null, null, "sam.editor", NOW, TODAY));

		assertThat(again.ground()).isEqualTo(Refusal.Ground.CONFLICT);
		assertThat(again.fields()).extracting(InvalidField::field).containsExactly("on");
		assertThat(indicator.readings()).singleElement().satisfies(reading -> {
			assertThat(reading.point()).isEqualTo(point("45", "2026-05-01"));
			assertThat(reading.recordedBy()).isEqualTo("sam.editor");
		});
	}

	@Test
	void onlyMembersReadAnIndicatorKeptToThemAndTheirCountyOneSharedWithIt() {
		Indicator indicator = indicator();
		for (Visibility visibility : List.of(Visibility.MEMBERS, Visibility.COUNTY)) {
			Definition kept = new Definition("Kept", "%", point("40", "2026-04-01"), point("60", "2027-04-01"),
					Direction.LOWER_IS_BETTER, BigDecimal.ONE, visibility, List.of());
			indicator.revise(kept, Set.of());

			assertThat(indicator.isReadBy(Reach.MEMBER)).isTrue();
			assertThat(indicator.isReadBy(Reach.COUNTY)).isEqualTo(visibility == Visibility.COUNTY);
			assertThat(indicator.isReadBy(Reach.PUBLIC)).isFalse();
		}
		indicator.revise(sensible(), Set.of(CODE));
		assertThat(indicator.isReadBy(Reach.COUNTY)).isTrue();
		assertThat(indicator.isReadBy(Reach.PUBLIC)).isTrue();
	}

}
