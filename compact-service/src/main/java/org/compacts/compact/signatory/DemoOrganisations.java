package org.compacts.compact.signatory;

import java.util.UUID;

import org.compacts.compact.signatory.Organisation.Contact;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations other parts' demo data speaks for (a demo consultation's
 * respondents): the current tenant's organisation of that name, added through the
 * register's own rules when there is none, so loading the demo twice adds it once.
 */
@Component
public class DemoOrganisations {

	private final Organisations organisations;

	private final OrganisationRegister register;

	DemoOrganisations(Organisations organisations, OrganisationRegister register) {
		this.organisations = organisations;
		this.register = register;
	}

	/**
	 * @param sector PUBLIC, VCS or PRIVATE
	 * @return the id of the organisation of that name, whatever its case
	 */
	@Transactional
	public UUID named(String name, String sector) {
		return organisations.findAllByOrderByNameAsc()
			.stream()
			.filter(organisation -> organisation.name().equalsIgnoreCase(name.strip()))
			.findFirst()
			.orElseGet(() -> register.add(name, Sector.valueOf(sector), Contact.NONE))
			.id();
	}

}
