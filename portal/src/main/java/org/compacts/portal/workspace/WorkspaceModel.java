package org.compacts.portal.workspace;

import java.util.Comparator;
import java.util.Optional;

import org.compacts.portal.backend.Services;
import org.compacts.servicekit.security.CompactsAuthorities;
import org.compacts.servicekit.security.Membership;
import org.compacts.servicekit.security.TenantRole;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Gives every {@link WorkspacePage} its {@link Here}, and keeps everyone but the
 * compact's members (and platform admins) out before any page reads a thing.
 */
@ControllerAdvice(annotations = WorkspacePage.class)
class WorkspaceModel {

	record Tenant(String slug, String name, String level, @Nullable String parentSlug) {
	}

	private final Services services;

	WorkspaceModel(Services services) {
		this.services = services;
	}

	@ModelAttribute("here")
	Here here(@PathVariable String slug, @Nullable Authentication visitor) {
		if (visitor == null || !visitor.isAuthenticated()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		Optional<TenantRole> role = Membership.among(visitor.getAuthorities())
			.stream()
			.filter(membership -> membership.tenant().equals(slug))
			.map(Membership::role)
			.max(Comparator.naturalOrder());
		boolean platformAdmin = visitor.getAuthorities()
			.stream()
			.anyMatch(authority -> CompactsAuthorities.PLATFORM_ADMIN.equals(authority.getAuthority()));
		if (role.isEmpty() && !platformAdmin) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		Tenant tenant = Services.read(services.tenants().get().uri("/api/tenants/{slug}", slug), Tenant.class);
		return new Here(tenant.slug(), tenant.name(), tenant.level(), tenant.parentSlug(), role.orElse(null),
				platformAdmin);
	}

}
