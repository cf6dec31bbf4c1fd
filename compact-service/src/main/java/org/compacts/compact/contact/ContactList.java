package org.compacts.compact.contact;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's contacts for other parts of the service: the compact document and
 * the import.
 */
@Service
@Transactional
public class ContactList {

	/** A contact as the compact document shows it. */
	public record Card(String name, String role, String organisationName, String email, String phone, String address,
			String website) {
	}

	private final Contacts contacts;

	ContactList(Contacts contacts) {
		this.contacts = contacts;
	}

	@Transactional(readOnly = true)
	public List<Card> cards() {
		return contacts.findAllByOrderByPositionAscNameAsc().stream().map(contact -> {
			Contact.Details details = contact.details();
			return new Card(details.name(), details.role(), details.organisationName(), details.email(),
					details.phone(), details.address(), details.website());
		}).toList();
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return contacts.count() == 0;
	}

	/** Adds a contact after the others. */
	public void add(Card card) {
		int position = contacts.findFirstByOrderByPositionDesc().map(last -> last.position() + 1).orElse(0);
		contacts.save(new Contact(new Contact.Details(card.name(), card.role(), card.organisationName(), card.email(),
				card.phone(), card.address(), card.website()), position));
	}

}
