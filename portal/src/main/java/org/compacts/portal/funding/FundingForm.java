package org.compacts.portal.funding;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.compacts.portal.backend.DateInput;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Typed;
import org.jspecify.annotations.Nullable;

/** A grant or contract as the editor typed it; version is the one they saw. */
record FundingForm(@Nullable String title, @Nullable String funderId, @Nullable String recipientId,
		@Nullable String kind, @Nullable String amount, @Nullable String termMonths, @Nullable String shorterTermReason,
		@Nullable String payment, @Nullable Boolean fullCostRecovery, @Nullable String noticeWeeks,
		@Nullable DateInput startsOn, @Nullable Long version) {

	static final FundingForm BLANK = new FundingForm("", "", "", null, "", "", "", null, false, "", DateInput.BLANK,
			null);

	FundingForm {
		startsOn = DateInput.orBlank(startsOn);
	}

	static FundingForm of(Funding funding) {
		return new FundingForm(funding.title(), funding.funderId().toString(), funding.recipientId().toString(),
				funding.kind(), funding.amount().toPlainString(), Integer.toString(funding.termMonths()),
				funding.shorterTermReason(), funding.payment(), funding.fullCostRecovery(),
				Integer.toString(funding.noticeWeeks()), DateInput.of(funding.startsOn()), funding.version());
	}

	/** The contract's FundingInput. */
	Map<String, @Nullable Object> request(Typed typed) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("funderId", Forms.blankAsNull(funderId));
		body.put("recipientId", Forms.blankAsNull(recipientId));
		body.put("kind", Forms.blankAsNull(kind));
		body.put("amount", typed.number("amount", amount));
		body.put("termMonths", whole(typed, "termMonths", termMonths));
		body.put("shorterTermReason", Forms.blankAsNull(shorterTermReason));
		body.put("payment", Forms.blankAsNull(payment));
		body.put("fullCostRecovery", Boolean.TRUE.equals(fullCostRecovery));
		body.put("noticeWeeks", whole(typed, "noticeWeeks", noticeWeeks));
		body.put("startsOn", typed.day("startsOn", startsOn));
		return body;
	}

	private static @Nullable Integer whole(Typed typed, String field, @Nullable String text) {
		BigDecimal number = typed.number(field, text);
		if (number == null) {
			return text == null || text.isBlank() ? typed.refuse(field, "is needed") : null;
		}
		if (number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(BigDecimal.valueOf(100_000)) > 0) {
			return typed.refuse(field, "must be a whole number, for example 36");
		}
		return number.intValue();
	}

}
