package org.compacts.tenant.membership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.compacts.servicekit.security.TenantRole;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compact's members, for its tenant admins: who holds which role, changing a member's
 * role and taking a role away; never the last tenant admin's.
 */
@RestController
@RequestMapping(path = "/api/tenants/{slug}/members", produces = "application/json")
class MembersController {

	private final Memberships memberships;

	MembersController(Memberships memberships) {
		this.memberships = memberships;
	}

	/**
	 * Everyone with a role in the compact, by username; someone with two roles is listed
	 * twice.
	 */
	@GetMapping
	List<MemberView> list(@PathVariable String slug) {
		return memberships.of(slug).stream().map(MemberView::of).toList();
	}

	/**
	 * Everyone with a role in the compact who has an e-mail address, once each, for its
	 * editors: whom an update to the compact's members goes to (compact-service asks with
	 * the sending editor's token, ADR 23).
	 */
	@GetMapping("/addresses")
	List<MemberAddress> addresses(@PathVariable String slug) {
		Map<String, MemberAddress> once = new LinkedHashMap<>();
		memberships.of(slug)
			.stream()
			.filter(member -> member.email() != null && !member.email().isBlank())
			.forEach(member -> once.putIfAbsent(member.username(),
					new MemberAddress(member.username(), member.email().strip())));
		return List.copyOf(once.values());
	}

	/**
	 * Gives a member exactly this role in the compact (their other roles here go); their
	 * tokens carry it from the next one they get. 409 when it would leave no tenant
	 * admin.
	 */
	@PutMapping(path = "/{username}", consumes = "application/json")
	ResponseEntity<Void> change(@PathVariable String slug, @PathVariable String username,
			@Valid @RequestBody RoleChange change) {
		memberships.change(slug, username, TenantRole.ofGroupName(change.role()).orElseThrow());
		return ResponseEntity.noContent().build();
	}

	/**
	 * Takes one role away from one person; their tokens lose it from the next one they
	 * get. 409 for the last tenant admin's.
	 */
	@DeleteMapping("/{username}/{role}")
	ResponseEntity<Void> remove(@PathVariable String slug, @PathVariable String username, @PathVariable String role) {
		TenantRole tenantRole = TenantRole.ofGroupName(role).orElseThrow(() -> MembershipRefused.badRole(role));
		if (!memberships.remove(slug, username, tenantRole)) {
			throw MembershipRefused.notAMember(slug, username, role);
		}
		return ResponseEntity.noContent().build();
	}

	/** The one role a member is to hold. */
	record RoleChange(@NotNull @Pattern(regexp = "tenant-admin|editor|champion|member",
			message = "must be " + MembershipRefused.ROLES) String role) {
	}

	/** A member of the compact and where to write to them. */
	record MemberAddress(String username, String email) {
	}

	/** One role of one person in the compact. */
	record MemberView(String username, String email, String role) {

		static MemberView of(Member member) {
			return new MemberView(member.username(), member.email(), member.role().groupName());
		}

	}

}
