package org.compacts.compact.contact;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Contacts extends JpaRepository<Contact, UUID> {

	List<Contact> findAllByOrderByPositionAscNameAsc();

	Optional<Contact> findFirstByOrderByPositionDesc();

}
