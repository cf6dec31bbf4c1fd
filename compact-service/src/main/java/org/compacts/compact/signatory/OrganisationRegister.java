package org.compacts.compact.signatory;

import java.util.List;
import java.util.UUID;

import org.compacts.compact.signatory.Organisation.Contact;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's organisations, each change in one transaction. A name is one
 * organisation's; one that signed, or that others refer to, stays in the record.
 */
@Service
@Transactional
class OrganisationRegister {

	private final Organisations organisations;

	private final Signatures signatures;

	OrganisationRegister(Organisations organisations, Signatures signatures) {
		this.organisations = organisations;
		this.signatures = signatures;
	}

	@Transactional(readOnly = true)
	List<Organisation> all() {
		return organisations.findAllByOrderByNameAsc();
	}

	@Transactional(readOnly = true)
	Organisation one(UUID id) {
		return find(id);
	}

	Organisation add(String name, Sector sector, Contact contact) {
		Organisation organisation = new Organisation(name, sector, contact);
		if (organisations.existsByNameIgnoreCase(organisation.name())) {
			throw nameTaken();
		}
		return organisations.saveAndFlush(organisation);
	}

	Organisation describe(UUID id, ExpectedVersion expected, String name, Sector sector, Contact contact) {
		Organisation organisation = find(id);
		expected.require(organisation.version());
		// asked before the change: the query would flush a changed name into the unique
		// index
		if (organisations.existsByNameIgnoreCaseAndIdNot(name.strip(), id)) {
			throw nameTaken();
		}
		organisation.describe(name, sector, contact);
		return organisations.saveAndFlush(organisation);
	}

	void remove(UUID id) {
		Organisation organisation = find(id);
		organisation.requireRemovable(signatures.existsByOrganisationId(id));
		try {
			organisations.delete(organisation);
			organisations.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// The database's references are the complete list of what still needs the
			// organisation.
			throw Refusal.conflict("Other records of this compact (its champions) still refer to this organisation, "
					+ "so it stays in the record.");
		}
	}

	private Organisation find(UUID id) {
		return organisations.findById(id).orElseThrow(() -> Refusal.notFound("No such organisation in this compact."));
	}

	private static Refusal nameTaken() {
		return Refusal.conflict("This compact already has an organisation of that name.", "name",
				"is already an organisation of this compact");
	}

}
