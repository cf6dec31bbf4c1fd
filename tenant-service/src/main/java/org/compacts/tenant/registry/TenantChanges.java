package org.compacts.tenant.registry;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface TenantChanges extends Repository<TenantChange, Long> {

	List<TenantChange> findByTenantIdOrderByChangedAtAscIdAsc(UUID tenantId);

	TenantChange save(TenantChange change);

}
