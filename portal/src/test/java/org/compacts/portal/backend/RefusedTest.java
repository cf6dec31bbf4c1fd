package org.compacts.portal.backend;

import java.util.List;
import java.util.Map;

import org.compacts.portal.backend.Refused.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefusedTest {

	private final Refused refused = new Refused(400, "The request has fields that are not valid.",
			List.of(new FieldError("content.whyItMatters", "must not be blank"),
					new FieldError("content.vcsUndertakings[2]", "size must be between 1 and 2000")),
			null);

	@Test
	void aFieldIsNamedAsAPersonCallsIt() {
		assertThat(refused.errors()).extracting(FieldError::label)
			.containsExactly("Why it matters", "VCS undertakings (line 3)");
	}

	@Test
	void aListIsAtFaultWhenOneOfItsLinesIs() {
		assertThat(refused.errorFor("content.vcsUndertakings")).contains("size must be between 1 and 2000");
		assertThat(refused.hasError("content.whyItMatters")).isTrue();
		assertThat(refused.hasError("content.why")).isFalse();
		assertThat(refused.hasError("content.aim")).isFalse();
	}

	@Test
	void theSummaryLinksToTheFieldsInput() {
		assertThat(Refused.anchor("content.vcsUndertakings[2]")).isEqualTo("content-vcsUndertakings");
		assertThat(Refused.anchor("email")).isEqualTo("email");
	}

	@Test
	void aLostRaceIsStale() {
		assertThat(new Refused(412, "changed", List.of(), 3).isStale()).isTrue();
		assertThat(refused.isStale()).isFalse();
		assertThat(Refused.of(404, null).detail()).isEqualTo("It no longer exists.");
	}

	@Test
	void theServicesFieldsAreNamedAsTheFormNamesThemAndAStaleVersionIsNoField() {
		Refused refused = new Refused(400, "Not valid",
				List.of(new FieldError("target.on", "must be after the baseline"),
						new FieldError("itemIds[2]", "is not an item of this compact"),
						new FieldError("If-Match", "is not the current version"), new FieldError("name", "is taken")),
				null);

		assertThat(refused.inFormNames(Map.of("target.on", "targetDate", "itemIds", "principlesAndCodes")).errors())
			.containsExactly(new FieldError("targetDate", "must be after the baseline"),
					new FieldError("principlesAndCodes", "is not an item of this compact"),
					new FieldError("name", "is taken"));
		assertThat(new Refused(409, "Taken", List.of(new FieldError("on", "has a reading")), null)
			.inFormNames(Map.of("on", "date"))
			.errors()).containsExactly(new FieldError("date", "has a reading"));
	}

}
