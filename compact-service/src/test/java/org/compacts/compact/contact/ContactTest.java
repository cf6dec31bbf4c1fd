package org.compacts.compact.contact;

import org.compacts.compact.contact.Contact.Details;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A contact an editor keeps can be reached. */
class ContactTest {

	@Test
	void aContactWithNeitherEmailNorPhoneIsRefusedNamingBoth() {
		Details unreachable = new Details("Pat Jones", "Chair", null, null, null, "Sittingbourne", null);

		Refusal refusal = catchThrowableOfType(Refusal.class, unreachable::reachable);

		assertThat(refusal.ground()).isEqualTo(Refusal.Ground.INVALID);
		assertThat(refusal.fields()).extracting(InvalidField::field).containsExactly("email", "phone");
	}

	@Test
	void anEmailOrAPhoneIsEnough() {
		Details byEmail = new Details("Pat Jones", null, null, "pat@example.org", null, null, null);
		Details byPhone = new Details("Pat Jones", null, null, null, "01795 000000", null, null);

		assertThat(byEmail.reachable()).isEqualTo(byEmail);
		assertThat(byPhone.reachable()).isEqualTo(byPhone);
	}

}
