package org.compacts.compact.update;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.federation.Readers;
import org.compacts.compact.update.CompactUpdate.Audience;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compact's updates to its champions and members. Its members read every update, anyone
 * else the public ones (any other is not found); its editors send them, and correct their
 * pages naming the version read.
 */
@RestController
@RequestMapping("/api/t/{tenant}/updates")
class UpdateController {

	private final UpdateRegister register;

	private final Readers readers;

	private final CompactMembers members;

	UpdateController(UpdateRegister register, Readers readers, CompactMembers members) {
		this.register = register;
		this.readers = readers;
		this.members = members;
	}

	record CompactUpdateInput(@NotNull Audience audience, @NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 20000) String body, @Nullable Boolean published) {

		CompactUpdateInput {
			published = Boolean.TRUE.equals(published);
			title = title == null ? null : title.strip();
			body = body == null ? null : body.strip();
		}

	}

	/**
	 * The page corrected; published is said each time, so that none is unpublished by
	 * omission.
	 */
	record CompactUpdateCorrection(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String body,
			@NotNull Boolean published) {

		CompactUpdateCorrection {
			title = title == null ? null : title.strip();
			body = body == null ? null : body.strip();
		}

	}

	/**
	 * @param recipients how many people it was raised to (those who want nothing from the
	 * compact are not counted)
	 */
	record CompactUpdateView(UUID id, Audience audience, String title, String body, boolean published, int recipients,
			String sentBy, Instant sentAt, long version) {

		static CompactUpdateView of(CompactUpdate update) {
			return new CompactUpdateView(update.id(), update.audience(), update.title(), update.body(),
					update.isPublic(), update.recipients(), update.sentBy(), update.sentAt(), update.version());
		}

	}

	@GetMapping
	@Operation(summary = "The compact's updates, newest first",
			description = "Members read every update; anyone else the public ones.")
	List<CompactUpdateView> list(@PathVariable String tenant, Authentication reader) {
		return register.all(member(reader, tenant)).stream().map(CompactUpdateView::of).toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<CompactUpdateView> one(@PathVariable String tenant, @PathVariable UUID id, Authentication reader) {
		return withETag(ResponseEntity.ok(), register.one(id, member(reader, tenant)));
	}

	@PostMapping
	@Operation(summary = "Send an update to the compact's champions or members",
			description = "Kept as a page and raised to each person of the audience as a notice: at once, in their "
					+ "next digest, or not at all, as each chose. MEMBERS is every member of the compact with an "
					+ "e-mail address (as tenant-service lists them) and the champions; 503 and nothing sent when "
					+ "tenant-service cannot say.")
	ResponseEntity<CompactUpdateView> send(@PathVariable String tenant, @Valid @RequestBody CompactUpdateInput input,
			Authentication editor) {
		// asked before the transaction: no database connection held while another service
		// answers
		List<String> addresses = input.audience() == Audience.MEMBERS ? members.addresses(tenant, editor) : List.of();
		CompactUpdate update = register.send(input.audience(), input.title(), input.body(), input.published(),
				editor.getName(), addresses);
		return withETag(Created.at(update.id()), update);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Correct an update's page, or make it public",
			description = "Sends nothing again. If-Match the version read.")
	ResponseEntity<CompactUpdateView> correct(@PathVariable String tenant, @PathVariable UUID id,
			ExpectedVersion ifMatch, @Valid @RequestBody CompactUpdateCorrection input) {
		return withETag(ResponseEntity.ok(),
				register.correct(id, ifMatch, input.title(), input.body(), input.published()));
	}

	private boolean member(Authentication reader, String tenant) {
		return readers.reachOf(reader, tenant) == Reach.MEMBER;
	}

	private static ResponseEntity<CompactUpdateView> withETag(ResponseEntity.BodyBuilder response,
			CompactUpdate update) {
		return response.eTag(Long.toString(update.version())).body(CompactUpdateView.of(update));
	}

}
