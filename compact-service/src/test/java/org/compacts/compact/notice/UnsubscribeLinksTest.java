package org.compacts.compact.notice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnsubscribeLinksTest {

	private final UnsubscribeLinks links = new UnsubscribeLinks("a-secret-of-at-least-thirty-two-characters");

	@Test
	void aLinkSignedForAPersonAndCompactVerifiesForThemOnly() {
		String signature = links.signature("kent", "kim@example.org", UnsubscribeLinks.REMINDERS);

		assertThat(links.verifies("kent", "kim@example.org", UnsubscribeLinks.REMINDERS, signature)).isTrue();
		assertThat(links.verifies("swale", "kim@example.org", UnsubscribeLinks.REMINDERS, signature)).isFalse();
		assertThat(links.verifies("kent", "sam@example.org", UnsubscribeLinks.REMINDERS, signature)).isFalse();
		assertThat(links.verifies("kent", "kim@example.org", "updates", signature)).isFalse();
		assertThat(links.verifies("kent", "kim@example.org", UnsubscribeLinks.REMINDERS, signature + "x")).isFalse();
	}

	@Test
	void anotherSecretSignsOtherwise() {
		UnsubscribeLinks other = new UnsubscribeLinks("another-secret-of-at-least-thirty-two-chars");

		assertThat(other.verifies("kent", "kim@example.org", UnsubscribeLinks.REMINDERS,
				links.signature("kent", "kim@example.org", UnsubscribeLinks.REMINDERS)))
			.isFalse();
	}

	@Test
	void theFieldsCannotBeShiftedIntoOneAnother() {
		// "ab" + "c" and "a" + "bc" sign differently
		assertThat(links.signature("ab", "c@x", "reminders")).isNotEqualTo(links.signature("a", "bc@x", "reminders"));
	}

	@Test
	void theQueryCarriesTheAddressEncoded() {
		assertThat(links.query("kent", "kim+plans@example.org", UnsubscribeLinks.REMINDERS))
			.startsWith("person=kim%2Bplans%40example.org&list=reminders&sig=");
	}

}
