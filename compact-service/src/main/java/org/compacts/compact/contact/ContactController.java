package org.compacts.compact.contact;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.compacts.compact.contact.Contact.Details;
import org.compacts.compact.web.Refusals;
import org.compacts.servicekit.web.InvalidField;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Anyone reads a compact's contacts, in the compact's order; its editors keep them. */
@RestController
@RequestMapping("/api/t/{tenant}/contacts")
class ContactController {

	private final Contacts contacts;

	ContactController(Contacts contacts) {
		this.contacts = contacts;
	}

	/**
	 * Blank optional parts are left out, as a form sends the fields its user left empty.
	 */
	record ContactRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String role,
			@Size(max = 200) String organisationName, @Email @Size(max = 254) String email,
			@Size(max = 40) @Pattern(regexp = "[0-9 +().-]*",
					message = "may hold only digits, spaces and + ( ) - .") String phone,
			@Size(max = 500) String address, @Size(max = 200) String website,
			@Schema(description = "place in the compact's list, lowest first; left out: last when added, "
					+ "unchanged when changed") @PositiveOrZero @Max(100_000) Integer position) {

		ContactRequest {
			name = strippedOrNull(name);
			role = strippedOrNull(role);
			organisationName = strippedOrNull(organisationName);
			email = strippedOrNull(email);
			phone = strippedOrNull(phone);
			address = strippedOrNull(address);
			website = strippedOrNull(website);
		}

		/** A contact no one can reach is no contact. */
		Details details() {
			if (email == null && phone == null) {
				throw Refusals.invalid("A contact needs an e-mail address or a phone number.",
						List.of(new InvalidField("email", "give an e-mail address or a phone number"),
								new InvalidField("phone", "give an e-mail address or a phone number")));
			}
			return new Details(name, role, organisationName, email, phone, address, website);
		}

	}

	record ContactView(UUID id, String name, String role, String organisationName, String email, String phone,
			String address, String website, int position, long version) {

		static ContactView of(Contact contact) {
			Details details = contact.details();
			return new ContactView(contact.id(), details.name(), details.role(), details.organisationName(),
					details.email(), details.phone(), details.address(), details.website(), contact.position(),
					contact.version());
		}

	}

	@GetMapping
	@Transactional(readOnly = true)
	List<ContactView> list(@PathVariable String tenant) {
		return contacts.findAllByOrderByPositionAscNameAsc().stream().map(ContactView::of).toList();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	ResponseEntity<ContactView> one(@PathVariable String tenant, @PathVariable UUID id) {
		Contact contact = find(id);
		return ResponseEntity.ok().eTag(String.valueOf(contact.version())).body(ContactView.of(contact));
	}

	@PostMapping
	@Transactional
	ResponseEntity<ContactView> add(@PathVariable String tenant, @Valid @RequestBody ContactRequest request) {
		Details details = request.details();
		int position = request.position() != null ? request.position()
				: contacts.findFirstByOrderByPositionDesc().map(last -> last.position() + 1).orElse(0);
		Contact contact = contacts.saveAndFlush(new Contact(details, position));
		return ResponseEntity.created(URI.create("/api/t/" + tenant + "/contacts/" + contact.id()))
			.eTag(String.valueOf(contact.version()))
			.body(ContactView.of(contact));
	}

	@PutMapping("/{id}")
	@Transactional
	ResponseEntity<ContactView> change(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ContactRequest request) {
		Details details = request.details();
		Contact contact = find(id);
		Refusals.requireCurrentVersion(ifMatch, contact.version());
		contact.change(details, request.position() != null ? request.position() : contact.position());
		Contact saved = Refusals.unlessChangedMeanwhile(() -> contacts.saveAndFlush(contact));
		return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(ContactView.of(saved));
	}

	@DeleteMapping("/{id}")
	@Transactional
	ResponseEntity<Void> remove(@PathVariable String tenant, @PathVariable UUID id) {
		contacts.delete(find(id));
		return ResponseEntity.noContent().build();
	}

	private Contact find(UUID id) {
		return contacts.findById(id).orElseThrow(() -> Refusals.notFound("No such contact in this compact."));
	}

	private static String strippedOrNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
