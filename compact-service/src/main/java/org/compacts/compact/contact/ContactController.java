package org.compacts.compact.contact;

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
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;
import org.compacts.servicekit.web.FormFields;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Anyone reads a compact's contacts, in the compact's order; its editors keep them. */
@RestController
@RequestMapping("/api/t/{tenant}/contacts")
class ContactController {

	private final ContactList contacts;

	ContactController(ContactList contacts) {
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
			name = FormFields.strippedOrNull(name);
			role = FormFields.strippedOrNull(role);
			organisationName = FormFields.strippedOrNull(organisationName);
			email = FormFields.strippedOrNull(email);
			phone = FormFields.strippedOrNull(phone);
			address = FormFields.strippedOrNull(address);
			website = FormFields.strippedOrNull(website);
		}

		Details details() {
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
	List<ContactView> list(@PathVariable String tenant) {
		return contacts.all().stream().map(ContactView::of).toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<ContactView> one(@PathVariable String tenant, @PathVariable UUID id) {
		return withETag(ResponseEntity.ok(), contacts.one(id));
	}

	@PostMapping
	ResponseEntity<ContactView> add(@PathVariable String tenant, @Valid @RequestBody ContactRequest request) {
		Contact contact = contacts.add(request.details(), request.position());
		return withETag(Created.at(contact.id()), contact);
	}

	@PutMapping("/{id}")
	ResponseEntity<ContactView> change(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody ContactRequest request) {
		return withETag(ResponseEntity.ok(), contacts.change(id, ifMatch, request.details(), request.position()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable String tenant, @PathVariable UUID id) {
		contacts.remove(id);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<ContactView> withETag(ResponseEntity.BodyBuilder response, Contact contact) {
		return response.eTag(Long.toString(contact.version())).body(ContactView.of(contact));
	}

}
