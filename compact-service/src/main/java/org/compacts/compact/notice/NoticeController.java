package org.compacts.compact.notice;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.compacts.compact.notice.Preferences.Choice;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.compacts.servicekit.security.TenantAccess;
import org.compacts.servicekit.security.TenantRole;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's own notice preferences for a compact (the person is the token's e-mail
 * address), and the one-click unsubscribe of the mails, which needs no sign-in: its
 * signature is the proof.
 */
@RestController
@RequestMapping("/api/t/{tenant}/notices")
class NoticeController {

	private final Preferences preferences;

	NoticeController(Preferences preferences) {
		this.preferences = preferences;
	}

	record ChoiceInput(@NotNull Cadence cadence) {
	}

	@GetMapping("/preferences/me")
	@Operation(summary = "How often I hear from this compact",
			description = "AT_ONCE, DAILY, WEEKLY or NONE; chosen false while still the default (DAILY, version 0).")
	ResponseEntity<Choice> mine(@PathVariable String tenant, Authentication reader) {
		Choice choice = preferences.of(person(reader));
		return ResponseEntity.ok().eTag(Long.toString(choice.version())).body(choice);
	}

	@PutMapping("/preferences/me")
	@Operation(summary = "Choose how often I hear from this compact",
			description = "If-Match the version read (0 before the first choice).")
	ResponseEntity<Choice> choose(@PathVariable String tenant, ExpectedVersion ifMatch,
			@Valid @RequestBody ChoiceInput input, Authentication reader) {
		Choice choice = preferences.choose(person(reader), input.cadence(),
				TenantAccess.allows(reader, tenant, TenantRole.EDITOR), ifMatch);
		return ResponseEntity.ok().eTag(Long.toString(choice.version())).body(choice);
	}

	@PostMapping("/unsubscribe")
	@Operation(summary = "Unsubscribe in one click (RFC 8058)",
			description = "The link of a mail's List-Unsubscribe header; no sign-in. The person then hears nothing "
					+ "more from this compact until they choose otherwise.")
	ResponseEntity<Void> unsubscribe(@PathVariable String tenant, @RequestParam String person,
			@RequestParam String list, @RequestParam String sig) {
		preferences.unsubscribe(tenant, person.strip().toLowerCase(Locale.ROOT), list, sig);
		return ResponseEntity.noContent().build();
	}

	private static String person(Authentication reader) {
		if (reader.getPrincipal() instanceof Jwt jwt) {
			String email = jwt.getClaimAsString("email");
			if (email != null && !email.isBlank()) {
				return email.strip().toLowerCase(Locale.ROOT);
			}
		}
		throw new Refusal(Refusal.Ground.NOT_ALLOWED, "No e-mail address",
				"Your account has no e-mail address, so there is nothing to send you.",
				java.util.List.of(new InvalidField("email", "is not in your account")));
	}

}
