package org.compacts.portal.rollup;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.compacts.portal.backend.Services;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the roll-up pages read, as the visitor: the roll-up and a district's shared plan
 * from compact-service, the districts' names and parents from tenant-service's register.
 */
@Component
class Rollups {

	/**
	 * A compact in the register (active ones only): its name, and whom it follows and
	 * how.
	 */
	record Tenant(String slug, String name, @Nullable String parentSlug, @Nullable String adoption) {

		/**
		 * One of the county's districts, as the roll-up counts them: a compact that keeps
		 * its own compact takes nothing from the county and is not rolled up.
		 */
		boolean followsAsDistrict(String county) {
			return county.equals(parentSlug) && !"KEEPS_OWN".equals(adoption);
		}

	}

	private final Services services;

	Rollups(Services services) {
		this.services = services;
	}

	/** The county's roll-up of one period, or of every period when none is given. */
	Rollup rollup(String county, @Nullable String period) {
		return Services.read(services.compacts()
			.get()
			.uri(uri -> uri.path("/api/t/{county}/rollup")
				.queryParamIfPresent("period", Optional.ofNullable(period))
				.build(county)), Rollup.class);
	}

	List<Tenant> register() {
		return Arrays.asList(Services.read(services.tenants().get().uri("/api/tenants"), Tenant[].class));
	}

	SharedPlanDetails plan(String district, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{district}/plans/{id}", district, id),
				SharedPlanDetails.class);
	}

}
