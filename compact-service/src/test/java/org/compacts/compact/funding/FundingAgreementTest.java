package org.compacts.compact.funding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.compacts.compact.versioning.MeasurableCommitment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A record's check as kept with it, and what a new version of the code does to it. */
class FundingAgreementTest {

	static final Instant AT = Instant.parse("2027-03-01T10:00:00Z");

	static final UUID CODE = UUID.randomUUID();

	static Optional<FundingCode.InForce> code(int version, List<MeasurableCommitment> commitments) {
		return Optional.of(new FundingCode.InForce(CODE, "Funding", version, commitments));
	}

	static FundingAgreement threeYearGrant(Optional<FundingCode.InForce> code) {
		return new FundingAgreement("Advice services", UUID.randomUUID(), UUID.randomUUID(),
				FundingRulesTest.terms(36, Terms.Payment.IN_ADVANCE, true), code, "sam", AT);
	}

	@Test
	void itIsCheckedWhenRecordedAndSaysAgainstWhichVersion() {
		FundingAgreement grant = threeYearGrant(code(2, FundingRulesTest.KENT));

		assertThat(grant.status()).isEqualTo(FundingAgreement.Status.COMPLIANT);
		assertThat(grant.codeVersion()).isEqualTo(2);
		assertThat(grant.findings()).hasSize(3);
	}

	@Test
	void withoutAFundingCodeItIsNotChecked() {
		FundingAgreement grant = threeYearGrant(Optional.empty());

		assertThat(grant.status()).isEqualTo(FundingAgreement.Status.NOT_CHECKED);
		assertThat(grant.codeId()).isNull();
		assertThat(grant.findings()).isEmpty();
	}

	@Test
	void aNewVersionThatAsksMoreMarksItNewlyFailingUntilItIsChanged() {
		FundingAgreement grant = threeYearGrant(code(1, FundingRulesTest.KENT));
		Optional<FundingCode.InForce> raised = code(2,
				List.of(MeasurableCommitment.standard("funding term where appropriate", 4, "years")));

		assertThat(grant.recheck(raised, AT)).isTrue();
		assertThat(grant.newlyFailing()).isTrue();
		assertThat(grant.codeVersion()).isEqualTo(2);
		// a later re-check that still fails keeps it marked, and does not count it anew
		assertThat(grant.recheck(raised, AT)).isFalse();
		assertThat(grant.newlyFailing()).isTrue();

		grant.revise("Advice services", grant.funderId(), grant.recipientId(),
				FundingRulesTest.terms(48, Terms.Payment.IN_ADVANCE, true), raised, AT);
		assertThat(grant.status()).isEqualTo(FundingAgreement.Status.COMPLIANT);
		assertThat(grant.newlyFailing()).isFalse();
	}

	@Test
	void aRecordThatFailedAlreadyIsNotNewlyFailing() {
		FundingAgreement grant = new FundingAgreement("Advice services", UUID.randomUUID(), UUID.randomUUID(),
				FundingRulesTest.terms(12, Terms.Payment.IN_ARREARS, true), code(1, FundingRulesTest.KENT), "sam", AT);

		assertThat(grant.recheck(code(2, FundingRulesTest.KENT), AT)).isFalse();
		assertThat(grant.newlyFailing()).isFalse();
		assertThat(grant.status()).isEqualTo(FundingAgreement.Status.NOT_COMPLIANT);
	}

}
