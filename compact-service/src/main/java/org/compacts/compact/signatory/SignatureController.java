package org.compacts.compact.signatory;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compacts.compact.item.CodesOfPractice;
import org.compacts.compact.signatory.Signature.Terms;
import org.compacts.compact.web.DayOfRecord;
import org.compacts.compact.web.Refusals;
import org.compacts.servicekit.web.InvalidField;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

	private final Signatures signatures;

	private final Organisations organisations;

	private final CodesOfPractice codes;

	SignatureController(Signatures signatures, Organisations organisations, CodesOfPractice codes) {
		this.signatures = signatures;
		this.organisations = organisations;
		this.codes = codes;
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
			reason = reason == null || reason.isBlank() ? null : reason.strip();
		}

	}

	record SignatureView(UUID id, UUID organisationId, String organisationName, LocalDate signedOn, boolean principles,
			List<UUID> codes, SignedAs signedAs, boolean withdrawn, LocalDate withdrawnOn, String withdrawalReason,
			long version) {

		static SignatureView of(Signature signature, String organisationName) {
			Terms terms = signature.terms();
			return new SignatureView(signature.id(), signature.organisationId(), organisationName, terms.signedOn(),
					terms.principles(), terms.codes(), terms.signedAs(), signature.isWithdrawn(),
					signature.withdrawnOn(), signature.withdrawalReason(), signature.version());
		}

	}

	@GetMapping
	@Transactional(readOnly = true)
	List<SignatureView> list(@PathVariable String tenant,
			@Parameter(description = "only the signatures of this organisation") @RequestParam(
					required = false) UUID organisation) {
		List<Signature> found = organisation == null ? signatures.findAllByOrderBySignedOnAscCreatedAtAsc()
				: signatures.findByOrganisationIdOrderBySignedOnAscCreatedAtAsc(organisation);
		Map<UUID, String> names = organisations
			.findAllById(found.stream().map(Signature::organisationId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
		return found.stream()
			.map(signature -> SignatureView.of(signature, names.get(signature.organisationId())))
			.toList();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	ResponseEntity<SignatureView> one(@PathVariable String tenant, @PathVariable UUID id) {
		Signature signature = find(id);
		return ResponseEntity.ok().eTag(String.valueOf(signature.version())).body(view(signature));
	}

	@PostMapping
	@Transactional
	ResponseEntity<SignatureView> record(@PathVariable String tenant, @Valid @RequestBody SignatureRequest request,
			Authentication authentication) {
		if (!organisations.existsById(request.organisationId())) {
			throw Refusals.invalid("A signature is an organisation's of this compact.", "organisationId",
					"is not an organisation of this compact");
		}
		requireSensibleTerms(request);
		Signature signature = signatures
			.saveAndFlush(new Signature(request.organisationId(), request.terms(), authentication.getName()));
		return ResponseEntity.created(URI.create("/api/t/" + tenant + "/signatures/" + signature.id()))
			.eTag(String.valueOf(signature.version()))
			.body(view(signature));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Correct what a signature records",
			description = "For a mistake in the record, not for a new signing: the organisation stays, and a "
					+ "withdrawn signature is no longer corrected.")
	@Transactional
	ResponseEntity<SignatureView> correct(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody SignatureRequest request) {
		Signature signature = find(id);
		Refusals.requireCurrentVersion(ifMatch, signature.version());
		if (signature.isWithdrawn()) {
			throw Refusals.conflict("This signature was withdrawn on " + signature.withdrawnOn()
					+ "; it stays in the record as it was.");
		}
		if (!request.organisationId().equals(signature.organisationId())) {
			throw Refusals.invalid("A signature stays with the organisation that signed it.", "organisationId",
					"is not the organisation that signed; record that organisation's own signature");
		}
		requireSensibleTerms(request);
		signature.correct(request.terms());
		Signature saved = Refusals.unlessChangedMeanwhile(() -> signatures.saveAndFlush(signature));
		return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(view(saved));
	}

	@PostMapping("/{id}/withdrawal")
	@Operation(summary = "Withdraw a signature",
			description = "The signature stays in the record, shown withdrawn from the given date; it is withdrawn "
					+ "once. If-Match names the version withdrawn.")
	@Transactional
	ResponseEntity<SignatureView> withdraw(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody WithdrawalRequest withdrawal, Authentication authentication) {
		Signature signature = find(id);
		Refusals.requireCurrentVersion(ifMatch, signature.version());
		if (signature.isWithdrawn()) {
			throw Refusals.conflict("This signature was withdrawn on " + signature.withdrawnOn() + " already.");
		}
		LocalDate signedOn = signature.terms().signedOn();
		if (withdrawal.withdrawnOn().isBefore(signedOn)) {
			throw Refusals.invalid("A signature cannot be withdrawn before it was signed.", "withdrawnOn",
					"is before the signing on " + signedOn);
		}
		signature.withdraw(withdrawal.withdrawnOn(), withdrawal.reason(), authentication.getName());
		Signature saved = Refusals.unlessChangedMeanwhile(() -> signatures.saveAndFlush(signature));
		return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(view(saved));
	}

	/**
	 * Something signed, each code listed once, each a code of practice of this compact.
	 */
	private void requireSensibleTerms(SignatureRequest request) {
		List<InvalidField> problems = new ArrayList<>();
		if (!request.principles() && request.codes().isEmpty()) {
			String reason = "a signature signs the principles, a code of practice, or both";
			problems.add(new InvalidField("principles", reason));
			problems.add(new InvalidField("codes", reason));
		}
		Set<UUID> known = codes.knownAmong(Set.copyOf(request.codes()));
		Map<UUID, Integer> firstListed = new HashMap<>();
		for (int i = 0; i < request.codes().size(); i++) {
			UUID code = request.codes().get(i);
			Integer first = firstListed.putIfAbsent(code, i);
			if (first != null) {
				problems.add(new InvalidField("codes[" + i + "]", "is listed already as codes[" + first + "]"));
			}
			else if (!known.contains(code)) {
				problems.add(new InvalidField("codes[" + i + "]", "is not a code of practice of this compact"));
			}
		}
		if (!problems.isEmpty()) {
			throw Refusals.invalid("The signature does not say what was signed in a way this compact knows.", problems);
		}
	}

	private SignatureView view(Signature signature) {
		return SignatureView.of(signature,
				organisations.findById(signature.organisationId()).map(Organisation::name).orElse(null));
	}

	private Signature find(UUID id) {
		return signatures.findById(id).orElseThrow(() -> Refusals.notFound("No such signature in this compact."));
	}

}
