package org.compacts.tenant.registry;

import java.util.List;

import jakarta.validation.Valid;

import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;
import org.compacts.tenant.registry.TenantRequests.CreateTenant;
import org.compacts.tenant.registry.TenantRequests.UpdateTenant;
import org.compacts.tenant.registry.TenantResponses.ChangeDetails;
import org.compacts.tenant.registry.TenantResponses.TenantDetails;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant registry over HTTP. A tenant's ETag is its version: send it back in If-Match
 * (service-kit's {@link ExpectedVersion}) to change it, and a change made meanwhile by
 * someone else is answered 412 instead of being overwritten.
 */
@RestController
@RequestMapping(path = "/api/tenants", produces = "application/json")
class TenantController {

	private final TenantRegistry registry;

	TenantController(TenantRegistry registry) {
		this.registry = registry;
	}

	/** Every tenant, by slug; archived ones only when asked for. */
	@GetMapping
	List<TenantDetails> list(@RequestParam(defaultValue = "false") boolean archived) {
		return registry.list(archived);
	}

	@GetMapping("/{slug}")
	ResponseEntity<TenantDetails> get(@PathVariable String slug) {
		return withETag(ResponseEntity.ok(), registry.get(slug));
	}

	@PostMapping(consumes = "application/json")
	ResponseEntity<TenantDetails> create(@Valid @RequestBody CreateTenant request) {
		TenantDetails created = registry.create(request);
		return withETag(Created.at(created.slug()), created);
	}

	/**
	 * Replaces name, profile, parent and adoption; If-Match (the ETag from GET) is
	 * required.
	 */
	@PutMapping(path = "/{slug}", consumes = "application/json")
	ResponseEntity<TenantDetails> update(@PathVariable String slug, ExpectedVersion ifMatch,
			@Valid @RequestBody UpdateTenant request) {
		return withETag(ResponseEntity.ok(), registry.update(slug, ifMatch, request));
	}

	/** Archives the tenant (there is no deleting); If-Match is checked when sent. */
	@PostMapping("/{slug}/archive")
	ResponseEntity<TenantDetails> archive(@PathVariable String slug, ExpectedVersion ifMatch) {
		return withETag(ResponseEntity.ok(), registry.archive(slug, ifMatch));
	}

	/** Always 409 for a tenant that exists: tenants are archived, never deleted. */
	@DeleteMapping("/{slug}")
	ResponseEntity<Void> delete(@PathVariable String slug) {
		registry.refuseDelete(slug);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Who changed the tenant's parent or adoption, or archived it, and when; oldest
	 * first.
	 */
	@GetMapping("/{slug}/changes")
	List<ChangeDetails> changes(@PathVariable String slug) {
		return registry.changes(slug);
	}

	private static ResponseEntity<TenantDetails> withETag(ResponseEntity.BodyBuilder response, TenantDetails tenant) {
		return response.eTag(Long.toString(tenant.version())).body(tenant);
	}

}
