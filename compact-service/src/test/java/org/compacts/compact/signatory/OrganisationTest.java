package org.compacts.compact.signatory;

import org.compacts.compact.signatory.Organisation.Contact;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An organisation that signed stays in the record; its name is kept without spaces around
 * it.
 */
class OrganisationTest {

	@Test
	void anOrganisationThatSignedIsNotRemoved() {
		Organisation organisation = new Organisation("Voluntary Action Swale", Sector.VCS, Contact.NONE);

		Refusal refusal = catchThrowableOfType(Refusal.class, () -> organisation.requireRemovable(true));

		assertThat(refusal.ground()).isEqualTo(Refusal.Ground.CONFLICT);
		assertThat(refusal.detail()).contains("withdraw its signatures instead");
	}

	@Test
	void anOrganisationThatNeverSignedMayBeRemoved() {
		Organisation organisation = new Organisation("Voluntary Action Swale", Sector.VCS, Contact.NONE);

		assertThatNoException().isThrownBy(() -> organisation.requireRemovable(false));
	}

	@Test
	void aNameIsKeptWithoutTheSpaceAroundIt() {
		Organisation organisation = new Organisation("  Swale Borough Council ", Sector.PUBLIC, Contact.NONE);

		organisation.describe(" Swale Council ", Sector.PUBLIC, Contact.NONE);

		assertThat(organisation.name()).isEqualTo("Swale Council");
	}

}
