package org.compacts.compact.rollup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.compacts.servicekit.refusal.Refusal;
import org.compacts.servicekit.security.TenantAccess;
import org.compacts.servicekit.security.TenantRole;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "County roll-up")
class RollupController {

	private final CountyRollup rollup;

	RollupController(CountyRollup rollup) {
		this.rollup = rollup;
	}

	@GetMapping("/api/t/{tenant}/rollup")
	@Operation(summary = "The county's roll-up of what its followers share with it",
			description = "For each compact that follows this one (not archived, not keeping its own compact): its "
					+ "COUNTY and PUBLIC plans of the period (every period when none is given), their actions by "
					+ "status, overdue and percentage done, and its COUNTY and PUBLIC indicators by RAG; and for "
					+ "each of this compact's own published principles and codes, how many of those actions link "
					+ "to each follower's copy of it. Members of this compact only; anyone else: not found.")
	CountyRollup.Rollup rollup(@PathVariable String tenant, @RequestParam(required = false) @Nullable String period,
			@Nullable Authentication reader) {
		if (!TenantAccess.allows(reader, tenant, TenantRole.MEMBER)) {
			throw Refusal.notFound("No roll-up here.");
		}
		return rollup.of(tenant, period);
	}

}
