package org.compacts.compact.meeting;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compacts.compact.meeting.SignUps.SignUpRegister;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing up to a compact's events and training sessions: its members and champions sign
 * themselves up and cancel, and read who else is coming; its editors record who came.
 */
@RestController
@RequestMapping("/api/t/{tenant}/meetings/{id}")
class SignUpController {

	private final SignUps signUps;

	SignUpController(SignUps signUps) {
		this.signUps = signUps;
	}

	/** Those who came, by username; every other sign-up did not. */
	record AttendanceInput(@NotNull @Size(max = 1000) List<@NotBlank @Size(max = 255) String> attended) {
	}

	@GetMapping("/sign-ups")
	@Operation(summary = "Who signed up to an event or training session, and who came",
			description = "Members and champions of the compact. The ETag is the session's version.")
	ResponseEntity<SignUpRegister> signUps(@PathVariable String tenant, @PathVariable UUID id) {
		return withETag(ResponseEntity.ok(), signUps.of(id));
	}

	@PostMapping("/sign-ups")
	@Operation(summary = "Sign myself up",
			description = "409 when the session is full, was held already, is a meeting of the group, or I am "
					+ "signed up already.")
	ResponseEntity<SignUpRegister> signUp(@PathVariable String tenant, @PathVariable UUID id, Authentication person) {
		SignUpRegister register = signUps.signUp(id, person.getName(), name(person), claim(person, "email"));
		return withETag(Created.at("me"), register);
	}

	@DeleteMapping("/sign-ups/me")
	@Operation(summary = "Cancel my sign-up", description = "Frees the place; not once my attendance is recorded.")
	ResponseEntity<Void> cancel(@PathVariable String tenant, @PathVariable UUID id, Authentication person) {
		signUps.cancel(id, person.getName());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/attendance")
	@Operation(summary = "Record who came", description = "If-Match the session's version, as its sign-ups read it.")
	ResponseEntity<SignUpRegister> attendance(@PathVariable String tenant, @PathVariable UUID id,
			ExpectedVersion ifMatch, @Valid @RequestBody AttendanceInput input) {
		return withETag(ResponseEntity.ok(), signUps.attendance(id, ifMatch, input.attended()));
	}

	private static ResponseEntity<SignUpRegister> withETag(ResponseEntity.BodyBuilder response,
			SignUpRegister register) {
		return response.eTag(Long.toString(register.version())).body(register);
	}

	private static String name(Authentication person) {
		String name = claim(person, "name");
		return name == null || name.isBlank() ? person.getName() : name;
	}

	private static @Nullable String claim(Authentication person, String claim) {
		if (person.getPrincipal() instanceof Jwt jwt) {
			String value = jwt.getClaimAsString(claim);
			return value == null || value.isBlank() ? null : value.strip();
		}
		return null;
	}

}
