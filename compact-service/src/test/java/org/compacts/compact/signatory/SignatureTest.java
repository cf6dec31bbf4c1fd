package org.compacts.compact.signatory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.compacts.compact.signatory.Signature.Terms;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A signature guards its own record: signed sensibly, withdrawn once, corrected until
 * then.
 */
class SignatureTest {

	static final UUID VOLUNTARY_ACTION = UUID.randomUUID();

	static final UUID FUNDING = UUID.randomUUID();

	static final LocalDate SIGNED = LocalDate.of(2008, 6, 1);

	static Terms principlesSignedOn(LocalDate on) {
		return new Terms(on, true, List.of(), SignedAs.PARTNERSHIP);
	}

	static Signature signedPrinciples() {
		return new Signature(VOLUNTARY_ACTION, principlesSignedOn(SIGNED), Set.of(), "sam.editor");
	}

	@Test
	void aSignatureIsWithdrawnFromADayAfterItsSigning() {
		Signature signature = signedPrinciples();

		signature.withdraw(LocalDate.of(2011, 3, 31), "The group has closed.", "sam.editor");

		assertThat(signature.isWithdrawn()).isTrue();
		assertThat(signature.withdrawnOn()).isEqualTo(LocalDate.of(2011, 3, 31));
		assertThat(signature.withdrawalReason()).isEqualTo("The group has closed.");
	}

	@Test
	void aSignatureIsWithdrawnOnceAndTheFirstWithdrawalStands() {
		Signature signature = signedPrinciples();
		signature.withdraw(LocalDate.of(2011, 3, 31), "The group has closed.", "sam.editor");

		Refusal refusal = catchThrowableOfType(Refusal.class,
				() -> signature.withdraw(LocalDate.of(2012, 1, 1), "Again.", "sam.editor"));

		assertThat(refusal.ground()).isEqualTo(Refusal.Ground.CONFLICT);
		assertThat(refusal.detail()).contains("withdrawn on 2011-03-31 already");
		assertThat(signature.withdrawnOn()).isEqualTo(LocalDate.of(2011, 3, 31));
		assertThat(signature.withdrawalReason()).isEqualTo("The group has closed.");
	}

	@Test
	void aSignatureIsNotWithdrawnBeforeItWasSigned() {
		Signature signature = signedPrinciples();

		Refusal refusal = catchThrowableOfType(Refusal.class,
				() -> signature.withdraw(SIGNED.minusDays(1), null, "sam.editor"));

		assertThat(refusal.ground()).isEqualTo(Refusal.Ground.INVALID);
		assertThat(refusal.fields())
			.containsExactly(new InvalidField("withdrawnOn", "is before the signing on 2008-06-01"));
		assertThat(signature.isWithdrawn()).isFalse();
	}

	@Test
	void aWithdrawnSignatureStaysAsItWasAndIsNotCorrected() {
		Signature signature = signedPrinciples();
		signature.withdraw(LocalDate.of(2011, 3, 31), null, "sam.editor");

		Refusal refusal = catchThrowableOfType(Refusal.class,
				() -> signature.correct(VOLUNTARY_ACTION, principlesSignedOn(LocalDate.of(2009, 1, 1)), Set.of()));

		assertThat(refusal.ground()).isEqualTo(Refusal.Ground.CONFLICT);
		assertThat(signature.terms().signedOn()).isEqualTo(SIGNED);
	}

	@Test
	void aCorrectionKeepsTheOrganisationThatSigned() {
		Signature signature = signedPrinciples();

		Refusal refusal = catchThrowableOfType(Refusal.class,
				() -> signature.correct(UUID.randomUUID(), principlesSignedOn(LocalDate.of(2009, 1, 1)), Set.of()));

		assertThat(refusal.fields()).extracting(InvalidField::field).containsExactly("organisationId");
		assertThat(signature.terms().signedOn()).isEqualTo(SIGNED);
	}

	@Test
	void aCorrectionChangesWhatWasSigned() {
		Signature signature = signedPrinciples();

		signature.correct(VOLUNTARY_ACTION, new Terms(SIGNED, true, List.of(FUNDING), SignedAs.SEPARATE_ENTITY),
				Set.of(FUNDING));

		assertThat(signature.terms().codes()).containsExactly(FUNDING);
		assertThat(signature.terms().signedAs()).isEqualTo(SignedAs.SEPARATE_ENTITY);
	}

	@Test
	void aSigningOfNothingOrOfACodeTwiceOrOfAnotherCompactsCodeIsRefusedNamingEachField() {
		UUID unknown = UUID.randomUUID();
		Terms nothing = new Terms(SIGNED, false, List.of(), SignedAs.PARTNERSHIP);
		Terms twiceAndUnknown = new Terms(SIGNED, false, List.of(FUNDING, FUNDING, unknown), SignedAs.PARTNERSHIP);

		Refusal signsNothing = catchThrowableOfType(Refusal.class,
				() -> new Signature(VOLUNTARY_ACTION, nothing, Set.of(), "sam.editor"));
		Refusal listsBadly = catchThrowableOfType(Refusal.class,
				() -> new Signature(VOLUNTARY_ACTION, twiceAndUnknown, Set.of(FUNDING), "sam.editor"));

		assertThat(signsNothing.fields()).extracting(InvalidField::field).containsExactly("principles", "codes");
		assertThat(listsBadly.fields()).containsExactly(new InvalidField("codes[1]", "is listed already as codes[0]"),
				new InvalidField("codes[2]", "is not a code of practice of this compact"));
	}

}
