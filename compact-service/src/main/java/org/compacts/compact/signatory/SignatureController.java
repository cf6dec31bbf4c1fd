package org.compacts.compact.signatory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compacts.compact.signatory.Signature.Terms;
import org.compacts.compact.web.DayOfRecord;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;
import org.compacts.servicekit.web.FormFields;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone reads who signed a compact, what, when, and who withdrew; its editors record
 * signatures and withdrawals. A signature is never removed: a withdrawn one stays in the
 * record, shown withdrawn, and is no longer corrected.
 */
@RestController
@RequestMapping("/api/t/{tenant}/signatures")
class SignatureController {

	private final SignatureRegister register;

	SignatureController(SignatureRegister register) {
		this.register = register;
	}

	record SignatureRequest(@NotNull UUID organisationId, @NotNull @DayOfRecord LocalDate signedOn, @Schema(
			description = "whether the organisation signed up to the compact's principles") @NotNull Boolean principles,
			@Schema(description = "ids of the compact's codes of practice the organisation signed up to") @Size(
					max = 50) List<@NotNull UUID> codes,
			@NotNull SignedAs signedAs) {

		SignatureRequest {
			codes = codes == null ? List.of() : codes;
		}

		Terms terms() {
			return new Terms(signedOn, principles, codes, signedAs);
		}

	}

	record WithdrawalRequest(@NotNull @DayOfRecord LocalDate withdrawnOn, @Size(max = 2000) String reason) {

		WithdrawalRequest {
			reason = FormFields.strippedOrNull(reason);
		}

	}

	record SignatureView(UUID id, UUID organisationId, String organisationName, LocalDate signedOn, boolean principles,
			List<UUID> codes, SignedAs signedAs, boolean withdrawn, LocalDate withdrawnOn, String withdrawalReason,
			long version) {

		static SignatureView of(SignatureRegister.Named named) {
			Signature signature = named.signature();
			Terms terms = named.terms();
			return new SignatureView(signature.id(), signature.organisationId(), named.organisationName(),
					terms.signedOn(), terms.principles(), terms.codes(), terms.signedAs(), signature.isWithdrawn(),
					signature.withdrawnOn(), signature.withdrawalReason(), signature.version());
		}

	}

	@GetMapping
	List<SignatureView> list(@PathVariable String tenant,
			@Parameter(description = "only the signatures of this organisation") @RequestParam(
					required = false) UUID organisation) {
		return register.all(organisation).stream().map(SignatureView::of).toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<SignatureView> one(@PathVariable String tenant, @PathVariable UUID id) {
		return withETag(ResponseEntity.ok(), register.one(id));
	}

	@PostMapping
	ResponseEntity<SignatureView> record(@PathVariable String tenant, @Valid @RequestBody SignatureRequest request,
			Authentication authentication) {
		SignatureRegister.Named named = register.record(request.organisationId(), request.terms(),
				authentication.getName());
		return withETag(Created.at(named.signature().id()), named);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Correct what a signature records",
			description = "For a mistake in the record, not for a new signing: the organisation stays, and a "
					+ "withdrawn signature is no longer corrected.")
	ResponseEntity<SignatureView> correct(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody SignatureRequest request) {
		return withETag(ResponseEntity.ok(), register.correct(id, ifMatch, request.organisationId(), request.terms()));
	}

	@PostMapping("/{id}/withdrawal")
	@Operation(summary = "Withdraw a signature",
			description = "The signature stays in the record, shown withdrawn from the given date; it is withdrawn "
					+ "once. If-Match names the version withdrawn.")
	ResponseEntity<SignatureView> withdraw(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody WithdrawalRequest withdrawal, Authentication authentication) {
		return withETag(ResponseEntity.ok(), register.withdraw(id, ifMatch, withdrawal.withdrawnOn(),
				withdrawal.reason(), authentication.getName()));
	}

	private static ResponseEntity<SignatureView> withETag(ResponseEntity.BodyBuilder response,
			SignatureRegister.Named named) {
		return response.eTag(Long.toString(named.signature().version())).body(SignatureView.of(named));
	}

}
