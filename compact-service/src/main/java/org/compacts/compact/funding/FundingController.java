package org.compacts.compact.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compact's funding register. Its members read it (everyone else is refused before it
 * is asked, by the security configuration) and its editors write it; each change names
 * the version it was read at, and is checked against the funding code at once.
 */
@RestController
class FundingController {

	private static final String RECORDS = "/api/t/{tenant}/funding-records";

	private final FundingRegister register;

	FundingController(FundingRegister register) {
		this.register = register;
	}

	record FundingInput(@NotBlank @Size(max = 200) String title,
			@Schema(description = "the organisation that pays, from the signatory register") @NotNull UUID funderId,
			@Schema(description = "the organisation paid, from the signatory register") @NotNull UUID recipientId,
			@NotNull Terms.Kind kind,
			@Schema(description = "in pounds") @NotNull @DecimalMin(value = "0.01") @DecimalMax(
					value = "9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal amount,
			@Min(1) @Max(600) int termMonths,
			@Schema(description = "why a term shorter than the code's standard is appropriate here") @Size(
					max = 2000) @Nullable String shorterTermReason,
			@NotNull Terms.Payment payment, boolean fullCostRecovery,
			@Schema(description = "notice the funder gives before ending or changing it") @Min(0) @Max(520) int noticeWeeks,
			@NotNull LocalDate startsOn) {

		FundingRegister.Parties parties() {
			return new FundingRegister.Parties(title.strip(), funderId, recipientId);
		}

		Terms terms() {
			String reason = shorterTermReason == null || shorterTermReason.isBlank() ? null : shorterTermReason.strip();
			return new Terms(kind, amount, termMonths, reason, payment, fullCostRecovery, noticeWeeks, startsOn);
		}

	}

	/**
	 * @param status compliant, not compliant, or not checked (no published funding code)
	 * @param findings each recognised commitment of the code, met or not, and why
	 * @param newlyFailing it passed, and fails since a new version of the code
	 */
	record FundingView(UUID id, String title, UUID funderId, String funder, UUID recipientId, String recipient,
			Terms.Kind kind, BigDecimal amount, int termMonths, @Nullable String shorterTermReason,
			Terms.Payment payment, boolean fullCostRecovery, int noticeWeeks, LocalDate startsOn,
			FundingAgreement.Status status, List<Finding> findings, @Nullable CheckedAgainst checkedAgainst,
			Instant checkedAt, boolean newlyFailing, String recordedBy, Instant recordedAt, long version) {

		static FundingView of(FundingRegister.Shown shown) {
			FundingAgreement agreement = shown.agreement();
			Terms terms = agreement.terms();
			UUID codeId = agreement.codeId();
			CheckedAgainst against = codeId == null ? null
					: new CheckedAgainst(codeId, String.valueOf(agreement.codeTitle()),
							agreement.codeVersion() == null ? 0 : agreement.codeVersion());
			return new FundingView(agreement.id(), agreement.title(), agreement.funderId(), shown.funder(),
					agreement.recipientId(), shown.recipient(), terms.kind(), terms.amount(), terms.termMonths(),
					terms.shorterTermReason(), terms.payment(), terms.fullCostRecovery(), terms.noticeWeeks(),
					terms.startsOn(), agreement.status(), shown.findings(), against, agreement.checkedAt(),
					agreement.newlyFailing(), agreement.recordedBy(), agreement.recordedAt(), agreement.version());
		}

	}

	/** The funding code and the version of it in force when the record was checked. */
	record CheckedAgainst(UUID codeId, String title, int version) {
	}

	@GetMapping(RECORDS)
	@Operation(summary = "The compact's funding register, latest start first",
			description = "Members only. Each with its check against the funding code. With newlyFailing=true, "
					+ "those that passed and fail since a new version of the code.")
	List<FundingView> list(@PathVariable String tenant, @RequestParam(defaultValue = "false") boolean newlyFailing) {
		return register.all()
			.stream()
			.map(FundingView::of)
			.filter(view -> !newlyFailing || view.newlyFailing())
			.toList();
	}

	@GetMapping(RECORDS + "/{id}")
	@Operation(summary = "A grant or contract and its check", description = "Members only.")
	ResponseEntity<FundingView> one(@PathVariable String tenant, @PathVariable UUID id) {
		return answer(register.one(id));
	}

	@PostMapping(RECORDS)
	@Operation(summary = "Record a grant or contract", description = "Checked against the funding code at once.")
	ResponseEntity<FundingView> record(@PathVariable String tenant, @Valid @RequestBody FundingInput input,
			Authentication editor) {
		FundingRegister.Shown shown = register.record(input.parties(), input.terms(), editor.getName());
		return Created.at(shown.agreement().id())
			.eTag(Long.toString(shown.agreement().version()))
			.body(FundingView.of(shown));
	}

	@PutMapping(RECORDS + "/{id}")
	@Operation(summary = "Change a grant or contract",
			description = "If-Match names the version changed; checked again at once.")
	ResponseEntity<FundingView> revise(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody FundingInput input) {
		return answer(register.revise(id, ifMatch, input.parties(), input.terms()));
	}

	private static ResponseEntity<FundingView> answer(FundingRegister.Shown shown) {
		return ResponseEntity.ok().eTag(Long.toString(shown.agreement().version())).body(FundingView.of(shown));
	}

}
