package org.compacts.compact.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.hibernate.annotations.TenantId;

@Entity
class Contact {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "tenant_id", nullable = false, updatable = false)
	private String tenant;

	private String name;

	private String role;

	private String organisationName;

	private String email;

	private String phone;

	private String address;

	private String website;

	private int position;

	private Instant createdAt;

	@Version
	private long version;

	protected Contact() {
	}

	Contact(Details details, int position) {
		this.id = UUID.randomUUID();
		this.createdAt = Instant.now();
		change(details, position);
	}

	void change(Details details, int position) {
		this.name = details.name();
		this.role = details.role();
		this.organisationName = details.organisationName();
		this.email = details.email();
		this.phone = details.phone();
		this.address = details.address();
		this.website = details.website();
		this.position = position;
	}

	UUID id() {
		return id;
	}

	Details details() {
		return new Details(name, role, organisationName, email, phone, address, website);
	}

	int position() {
		return position;
	}

	long version() {
		return version;
	}

	record Details(String name, String role, String organisationName, String email, String phone, String address,
			String website) {

		/**
		 * A contact an editor adds or changes must be reachable: no one can ask a contact
		 * without an e-mail address or a phone number. (A compact file may list one with
		 * an address only, as its printed document did.)
		 */
		Details reachable() {
			if (email == null && phone == null) {
				throw Refusal.invalid("A contact needs an e-mail address or a phone number.",
						List.of(new InvalidField("email", "give an e-mail address or a phone number"),
								new InvalidField("phone", "give an e-mail address or a phone number")));
			}
			return this;
		}

	}

}
