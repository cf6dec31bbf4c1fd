package org.compacts.compact.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;

@Entity
class Contact extends VersionedTenantOwned {

	private String name;

	private String role;

	private String organisationName;

	private String email;

	private String phone;

	private String address;

	private String website;

	private int position;

	private Instant createdAt;

	protected Contact() {
	}

	Contact(Details details, int position) {
		super(UUID.randomUUID());
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

	Details details() {
		return new Details(name, role, organisationName, email, phone, address, website);
	}

	int position() {
		return position;
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
