package org.compacts.tenant.registry;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class RegistryLookup implements TenantLookup {

	private final Tenants tenants;

	RegistryLookup(Tenants tenants) {
		this.tenants = tenants;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TenantSummary> find(String slug) {
		if (slug == null) {
			return Optional.empty();
		}
		return tenants.findBySlug(slug)
			.map(tenant -> new TenantSummary(tenant.slug(), tenant.name(), tenant.parentSlug(), tenant.isArchived()));
	}

}
