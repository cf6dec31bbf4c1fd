package org.compacts.compact.principle;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Principles extends JpaRepository<Principle, UUID> {

	List<Principle> findByStatusOrderByCreatedAt(Principle.Status status);

	List<Principle> findAllByOrderByCreatedAt();

}
