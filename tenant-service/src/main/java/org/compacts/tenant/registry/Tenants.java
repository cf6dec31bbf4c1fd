package org.compacts.tenant.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;

interface Tenants extends Repository<Tenant, UUID> {

	@EntityGraph(attributePaths = "parent")
	Optional<Tenant> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/**
	 * Reads a tenant that is about to become a parent, and keeps it from being archived
	 * (which locks it for update) until this transaction ends: no child can slip under a
	 * tenant being archived.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	Optional<Tenant> findForShareBySlug(String slug);

	/**
	 * Reads a tenant about to be archived, and holds off new children until this
	 * transaction ends.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Tenant> findForUpdateBySlug(String slug);

	@EntityGraph(attributePaths = "parent")
	List<Tenant> findAllByOrderBySlug();

	@EntityGraph(attributePaths = "parent")
	List<Tenant> findByArchivedAtIsNullOrderBySlug();

	List<Tenant> findByParentAndArchivedAtIsNullOrderBySlug(Tenant parent);

	Tenant save(Tenant tenant);

	void flush();

}
