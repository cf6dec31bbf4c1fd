package org.compacts.compact.mark;

import java.util.List;
import java.util.UUID;

import org.compacts.compact.mark.Undertakings.Question;
import org.compacts.compact.mark.Undertakings.SignedCode;
import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions of a self-assessment, drawn from the codes signed, for the side signing.
 */
class UndertakingsTest {

	static final UUID FUNDING = UUID.randomUUID();

	static final UUID VOLUNTEERING = UUID.randomUUID();

	static SignedCode code(UUID id, int version, String title, List<String> vcs, List<String> publicSector,
			List<String> all) {
		return new SignedCode(id, version, new CodeOfPracticeContent(title, "why", "aim", vcs, publicSector, all,
				List.of(), List.of(), List.of()));
	}

	static final List<SignedCode> SIGNED = List.of(
			code(FUNDING, 2, "Funding", List.of("Use full cost recovery"), List.of("Publicise grant procedures"),
					List.of("Three year funding where appropriate")),
			code(VOLUNTEERING, 1, "Volunteering", List.of(), List.of("Support volunteering"),
					List.of("Identify champions")));

	@Test
	void aVoluntaryOrganisationAnswersItsOwnSidesUndertakingsAndWhatAllPartnersAgree() {
		assertThat(Undertakings.drawnFrom("VCS", SIGNED)).containsExactly(
				new Question(FUNDING, "Funding", 2, "Use full cost recovery"),
				new Question(FUNDING, "Funding", 2, "Three year funding where appropriate"),
				new Question(VOLUNTEERING, "Volunteering", 1, "Identify champions"));
	}

	@Test
	void aPublicBodyAnswersThePublicSectorsUndertakings() {
		assertThat(Undertakings.drawnFrom("PUBLIC", SIGNED)).extracting(Question::undertaking)
			.containsExactly("Publicise grant procedures", "Three year funding where appropriate",
					"Support volunteering", "Identify champions");
	}

	@Test
	void aPrivateFirmAnswersOnlyWhatAllPartnersAgree() {
		assertThat(Undertakings.drawnFrom("PRIVATE", SIGNED)).extracting(Question::undertaking)
			.containsExactly("Three year funding where appropriate", "Identify champions");
	}

	@Test
	void noCodeSignedAsksNothing() {
		assertThat(Undertakings.drawnFrom("VCS", List.of())).isEmpty();
	}

}
