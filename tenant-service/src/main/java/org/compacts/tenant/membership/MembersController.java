package org.compacts.tenant.membership;

import java.util.List;

import org.compacts.servicekit.security.Membership;
import org.compacts.servicekit.security.TenantRole;
import org.compacts.tenant.registry.TenantLookup;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compact's members, for its tenant admins: who holds which role, and taking a role
 * away.
 */
@RestController
@RequestMapping(path = "/api/tenants/{slug}/members", produces = "application/json")
class MembersController {

	private final Directory directory;

	private final TenantLookup tenants;

	MembersController(Directory directory, TenantLookup tenants) {
		this.directory = directory;
		this.tenants = tenants;
	}

	/**
	 * Everyone with a role in the compact, by username; someone with two roles is listed
	 * twice.
	 */
	@GetMapping
	List<MemberView> list(@PathVariable String slug) {
		requireTenant(slug);
		return directory.members(slug).stream().map(MemberView::of).toList();
	}

	/**
	 * Takes one role away from one person; their tokens lose it from the next one they
	 * get.
	 */
	@DeleteMapping("/{username}/{role}")
	ResponseEntity<Void> remove(@PathVariable String slug, @PathVariable String username, @PathVariable String role) {
		TenantRole tenantRole = TenantRole.ofGroupName(role).orElseThrow(() -> MembershipRefused.badRole(role));
		requireTenant(slug);
		DirectoryUser user = directory.findByUsername(username)
			.orElseThrow(() -> MembershipRefused.notAMember(slug, username, role));
		if (!directory.remove(user.id(), new Membership(slug, tenantRole))) {
			throw MembershipRefused.notAMember(slug, username, role);
		}
		return ResponseEntity.noContent().build();
	}

	private void requireTenant(String slug) {
		if (tenants.find(slug).isEmpty()) {
			throw MembershipRefused.noSuchTenant(slug);
		}
	}

	/** One role of one person in the compact. */
	record MemberView(String username, String email, String role) {

		static MemberView of(Member member) {
			return new MemberView(member.username(), member.email(), member.role().groupName());
		}

	}

}
