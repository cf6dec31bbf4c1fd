package org.compacts.compact.signatory;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compacts.compact.signatory.Organisation.Contact;
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

/**
 * The organisations of a compact, readable by anyone and kept by its editors. One that
 * signed, or that others refer to, stays in the record.
 */
@RestController
@RequestMapping("/api/t/{tenant}/organisations")
class OrganisationController {

	private final OrganisationRegister register;

	OrganisationController(OrganisationRegister register) {
		this.register = register;
	}

	record OrganisationRequest(@NotBlank @Size(max = 200) String name, @NotNull Sector sector,
			@Valid ContactRequest contact) {

		OrganisationRequest {
			name = name == null ? null : name.strip();
		}

		Contact contactOrNone() {
			return contact == null ? Contact.NONE : new Contact(contact.name(), contact.email(), contact.phone());
		}

	}

	/** Blank parts are left out, as a form sends the fields its user left empty. */
	record ContactRequest(@Size(max = 200) String name, @Email @Size(max = 254) String email,
			@Size(max = 40) @Pattern(regexp = "[0-9 +().-]*",
					message = "may hold only digits, spaces and + ( ) - .") String phone) {

		ContactRequest {
			name = FormFields.strippedOrNull(name);
			email = FormFields.strippedOrNull(email);
			phone = FormFields.strippedOrNull(phone);
		}

	}

	record ContactView(String name, String email, String phone) {
	}

	record OrganisationView(UUID id, String name, Sector sector, ContactView contact, long version) {

		static OrganisationView of(Organisation organisation) {
			Contact contact = organisation.contact();
			return new OrganisationView(organisation.id(), organisation.name(), organisation.sector(),
					contact.isEmpty() ? null : new ContactView(contact.name(), contact.email(), contact.phone()),
					organisation.version());
		}

	}

	@GetMapping
	List<OrganisationView> list(@PathVariable String tenant) {
		return register.all().stream().map(OrganisationView::of).toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<OrganisationView> one(@PathVariable String tenant, @PathVariable UUID id) {
		return withETag(ResponseEntity.ok(), register.one(id));
	}

	@PostMapping
	ResponseEntity<OrganisationView> add(@PathVariable String tenant, @Valid @RequestBody OrganisationRequest request) {
		Organisation organisation = register.add(request.name(), request.sector(), request.contactOrNone());
		return withETag(Created.at(organisation.id()), organisation);
	}

	@PutMapping("/{id}")
	ResponseEntity<OrganisationView> describe(@PathVariable String tenant, @PathVariable UUID id,
			ExpectedVersion ifMatch, @Valid @RequestBody OrganisationRequest request) {
		return withETag(ResponseEntity.ok(),
				register.describe(id, ifMatch, request.name(), request.sector(), request.contactOrNone()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable String tenant, @PathVariable UUID id) {
		register.remove(id);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<OrganisationView> withETag(ResponseEntity.BodyBuilder response,
			Organisation organisation) {
		return response.eTag(Long.toString(organisation.version())).body(OrganisationView.of(organisation));
	}

}
