package org.compacts.compact.signatory;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compacts.compact.signatory.Organisation.Contact;
import org.compacts.compact.web.Refusals;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisations of a compact, readable by anyone and kept by its editors. One that
 * signed, or that others refer to, stays in the record.
 */
@RestController
@RequestMapping("/api/t/{tenant}/organisations")
class OrganisationController {

	private final Organisations organisations;

	private final Signatures signatures;

	OrganisationController(Organisations organisations, Signatures signatures) {
		this.organisations = organisations;
		this.signatures = signatures;
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
			name = strippedOrNull(name);
			email = strippedOrNull(email);
			phone = strippedOrNull(phone);
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
	@Transactional(readOnly = true)
	List<OrganisationView> list(@PathVariable String tenant) {
		return organisations.findAllByOrderByNameAsc().stream().map(OrganisationView::of).toList();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	ResponseEntity<OrganisationView> one(@PathVariable String tenant, @PathVariable UUID id) {
		Organisation organisation = find(id);
		return ResponseEntity.ok().eTag(String.valueOf(organisation.version())).body(OrganisationView.of(organisation));
	}

	@PostMapping
	@Transactional
	ResponseEntity<OrganisationView> add(@PathVariable String tenant, @Valid @RequestBody OrganisationRequest request) {
		String name = request.name();
		if (organisations.existsByNameIgnoreCase(name)) {
			throw nameTaken();
		}
		Organisation organisation = organisations
			.saveAndFlush(new Organisation(name, request.sector(), request.contactOrNone()));
		return ResponseEntity.created(URI.create("/api/t/" + tenant + "/organisations/" + organisation.id()))
			.eTag(String.valueOf(organisation.version()))
			.body(OrganisationView.of(organisation));
	}

	@PutMapping("/{id}")
	@Transactional
	ResponseEntity<OrganisationView> describe(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody OrganisationRequest request) {
		Organisation organisation = find(id);
		Refusals.requireCurrentVersion(ifMatch, organisation.version());
		String name = request.name();
		if (organisations.existsByNameIgnoreCaseAndIdNot(name, id)) {
			throw nameTaken();
		}
		organisation.describe(name, request.sector(), request.contactOrNone());
		Organisation saved = Refusals.unlessChangedMeanwhile(() -> organisations.saveAndFlush(organisation));
		return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(OrganisationView.of(saved));
	}

	@DeleteMapping("/{id}")
	@Transactional
	ResponseEntity<Void> remove(@PathVariable String tenant, @PathVariable UUID id) {
		Organisation organisation = find(id);
		if (signatures.existsByOrganisationId(id)) {
			throw Refusals.conflict("This organisation signed the compact, and signatures stay in the record, so it "
					+ "stays too; withdraw its signatures instead.");
		}
		try {
			organisations.delete(organisation);
			organisations.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// The database's references are the complete list of what still needs the
			// organisation.
			throw Refusals.conflict("Other records of this compact (its champions) still refer to this organisation, "
					+ "so it stays in the record.");
		}
		return ResponseEntity.noContent().build();
	}

	private Organisation find(UUID id) {
		return organisations.findById(id).orElseThrow(() -> Refusals.notFound("No such organisation in this compact."));
	}

	private static ErrorResponseException nameTaken() {
		return Refusals.conflict("This compact already has an organisation of that name.", "name",
				"is already an organisation of this compact");
	}

	private static String strippedOrNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
