package org.compacts.compact.principle;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.compacts.servicekit.security.TenantAccess;
import org.compacts.servicekit.security.TenantRole;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Anyone reads a compact's published principles; its members also read the drafts; its editors write.
 * Who may write is decided by the security rules before a request gets here.
 */
@RestController
@RequestMapping("/api/t/{tenant}/principles")
class PrincipleController {

	private final Principles principles;

	PrincipleController(Principles principles) {
		this.principles = principles;
	}

	record NewPrinciple(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String body) {
	}

	record PrincipleView(UUID id, String tenant, String title, String body, String status, long version) {

		static PrincipleView of(Principle principle) {
			return new PrincipleView(principle.id(), principle.tenant(), principle.title(), principle.body(),
					principle.status().name(), principle.version());
		}

	}

	@GetMapping
	@Transactional(readOnly = true)
	List<PrincipleView> list(@PathVariable String tenant, Authentication authentication) {
		List<Principle> visible = TenantAccess.allows(authentication, tenant, TenantRole.MEMBER)
				? principles.findAllByOrderByCreatedAt()
				: principles.findByStatusOrderByCreatedAt(Principle.Status.PUBLISHED);
		return visible.stream().map(PrincipleView::of).toList();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	PrincipleView one(@PathVariable String tenant, @PathVariable UUID id, Authentication authentication) {
		return principles.findById(id)
			.filter(principle -> principle.isPublished()
					|| TenantAccess.allows(authentication, tenant, TenantRole.MEMBER))
			.map(PrincipleView::of)
			// A draft is as absent as a missing one to whoever may not read it.
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No such principle in this compact"));
	}

	@PostMapping
	@Transactional
	ResponseEntity<PrincipleView> create(@PathVariable String tenant, @Valid @RequestBody NewPrinciple request) {
		Principle principle = principles.save(new Principle(request.title(), request.body()));
		return ResponseEntity.created(URI.create("/api/t/" + tenant + "/principles/" + principle.id()))
			.body(PrincipleView.of(principle));
	}

	@PostMapping("/{id}/publish")
	@Transactional
	PrincipleView publish(@PathVariable String tenant, @PathVariable UUID id) {
		Principle principle = principles.findById(id)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No such principle in this compact"));
		principle.publish();
		return PrincipleView.of(principles.saveAndFlush(principle));
	}

}
