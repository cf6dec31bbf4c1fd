package org.compacts.compact.contact;

import java.util.List;
import java.util.UUID;

import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's contacts, each change in one transaction: kept by its editors
 * through the web API, read by the compact document, filled by the import.
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
		contacts.save(new Contact(new Contact.Details(card.name(), card.role(), card.organisationName(), card.email(),
				card.phone(), card.address(), card.website()), nextPosition()));
	}

	@Transactional(readOnly = true)
	List<Contact> all() {
		return contacts.findAllByOrderByPositionAscNameAsc();
	}

	@Transactional(readOnly = true)
	Contact one(UUID id) {
		return find(id);
	}

	/**
	 * @param position the place in the list, or null for after the others
	 */
	Contact add(Contact.Details details, Integer position) {
		Contact.Details reachable = details.reachable();
		return contacts.saveAndFlush(new Contact(reachable, position != null ? position : nextPosition()));
	}

	/**
	 * @param position the new place in the list, or null to keep it
	 */
	Contact change(UUID id, ExpectedVersion expected, Contact.Details details, Integer position) {
		Contact.Details reachable = details.reachable();
		Contact contact = find(id);
		expected.require(contact.version());
		contact.change(reachable, position != null ? position : contact.position());
		return contacts.saveAndFlush(contact);
	}

	void remove(UUID id) {
		contacts.delete(find(id));
	}

	private int nextPosition() {
		return contacts.findFirstByOrderByPositionDesc().map(last -> last.position() + 1).orElse(0);
	}

	private Contact find(UUID id) {
		return contacts.findById(id).orElseThrow(() -> Refusal.notFound("No such contact in this compact."));
	}

}
