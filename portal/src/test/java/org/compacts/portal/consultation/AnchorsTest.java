package org.compacts.portal.consultation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnchorsTest {

	@Test
	void eachPartOfADraftIsNamedAsAPersonReadsIt() {
		assertThat(Anchors.words("aim")).isEqualTo("the aim");
		assertThat(Anchors.words("text")).isEqualTo("the text");
		assertThat(Anchors.words("vcsUndertakings[2]")).isEqualTo("VCS undertaking 2");
		assertThat(Anchors.words("publicSectorUndertakings[1]")).isEqualTo("public sector undertaking 1");
		assertThat(Anchors.words("allPartnersCommitments[10]")).isEqualTo("all partners' commitment 10");
	}

	@Test
	void anAnchorItDoesNotKnowIsLeftAsItCame() {
		assertThat(Anchors.words("preamble")).isEqualTo("preamble");
		assertThat(Anchors.words("preamble[2]")).isEqualTo("preamble[2]");
	}

}
