package org.compacts.compact.signatory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.compacts.servicekit.refusal.Refusal;

@Entity
class Organisation extends VersionedTenantOwned {

	private String name;

	@Enumerated(EnumType.STRING)
	private Sector sector;

	private String contactName;

	private String contactEmail;

	private String contactPhone;

	private Instant createdAt;

	protected Organisation() {
	}

	Organisation(String name, Sector sector, Contact contact) {
		super(UUID.randomUUID());
		this.createdAt = Instant.now();
		describe(name, sector, contact);
	}

	void describe(String name, Sector sector, Contact contact) {
		this.name = name.strip();
		this.sector = sector;
		this.contactName = contact.name();
		this.contactEmail = contact.email();
		this.contactPhone = contact.phone();
	}

	/**
	 * Refuses to leave the record when the organisation signed the compact: signatures
	 * stay in the record, so the organisation that signed does too.
	 * @param signed whether any signature of this organisation is recorded
	 */
	void requireRemovable(boolean signed) {
		if (signed) {
			throw Refusal.conflict("This organisation signed the compact, and signatures stay in the record, so it "
					+ "stays too; withdraw its signatures instead.");
		}
	}

	String name() {
		return name;
	}

	Sector sector() {
		return sector;
	}

	Contact contact() {
		return new Contact(contactName, contactEmail, contactPhone);
	}

	/** Whom to ask at the organisation; any part may be missing. */
	record Contact(String name, String email, String phone) {

		static final Contact NONE = new Contact(null, null, null);

		boolean isEmpty() {
			return name == null && email == null && phone == null;
		}

	}

}
