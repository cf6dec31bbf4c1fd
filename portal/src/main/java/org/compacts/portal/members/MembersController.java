package org.compacts.portal.members;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Refused;
import org.compacts.portal.backend.Services;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.compacts.servicekit.security.TenantRole;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Members and invitations of a compact, for its tenant admins (and platform admins).
 * Everyone else is refused before tenant-service is asked, which would refuse them too.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/members")
class MembersController {

	/** The roles a person may be given, strongest first, as the services name them. */
	static final List<Role> ROLES = Arrays.stream(TenantRole.values())
		.sorted(Comparator.reverseOrder())
		.map(role -> new Role(role.groupName(), Here.label(role)))
		.toList();

	record Role(String name, String label) {
	}

	/** One role of one person, as tenant-service lists them. */
	record MemberRole(String username, String email, String role) {
	}

	/** A person with every role they hold here. */
	record Member(String username, String email, List<String> roles) {

		public boolean holds(String role) {
			return roles.contains(role);
		}

	}

	record Invitation(UUID id, String email, String role, String invitedBy, Instant createdAt, Instant expiresAt) {
	}

	record InviteForm(@Nullable String email, @Nullable String role) {

		Map<String, String> request() {
			return Map.of("email", email == null ? "" : email, "role", role == null ? "" : role);
		}

	}

	private final Services services;

	MembersController(Services services) {
		this.services = services;
	}

	@GetMapping
	String list(@ModelAttribute("here") Here here, Model model) {
		requireTenantAdmin(here);
		model.addAttribute("form", new InviteForm("", "member"));
		return listPage(here, model);
	}

	@PostMapping("/invitations")
	String invite(@ModelAttribute("here") Here here, @ModelAttribute InviteForm form, Model model,
			HttpServletResponse response) {
		requireTenantAdmin(here);
		Outcome<Void> invited = Outcome.of(services.tenants()
			.post()
			.uri("/api/tenants/{slug}/invitations", here.slug())
			.contentType(MediaType.APPLICATION_JSON)
			.body(form.request()));
		if (invited.isRefused()) {
			return refusedOn(listPage(here, model), invited.refused(), form, model, response);
		}
		return done(here, "invited");
	}

	@PostMapping("/invitations/{id}/revocation")
	String revoke(@ModelAttribute("here") Here here, @PathVariable UUID id) {
		requireTenantAdmin(here);
		Outcome<Void> revoked = Outcome
			.of(services.tenants().delete().uri("/api/tenants/{slug}/invitations/{id}", here.slug(), id));
		if (revoked.isRefused()) {
			// gone already (accepted, expired or revoked by someone else): the list shows
			// how things are
			throw new ResponseStatusException(HttpStatus.valueOf(revoked.refused().status()));
		}
		return done(here, "revoked");
	}

	@GetMapping("/{username}")
	String member(@ModelAttribute("here") Here here, @PathVariable String username, Model model) {
		requireTenantAdmin(here);
		Member member = member(here, username);
		model.addAttribute("chosen", member.roles().get(0));
		return memberPage(member, model);
	}

	@PostMapping("/{username}")
	String changeRole(@ModelAttribute("here") Here here, @PathVariable String username,
			@RequestParam(required = false) @Nullable String role, Model model, HttpServletResponse response) {
		requireTenantAdmin(here);
		Member member = member(here, username);
		Outcome<Void> changed = Outcome.of(services.tenants()
			.put()
			.uri("/api/tenants/{slug}/members/{username}", here.slug(), username)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("role", role == null ? "" : role)));
		if (changed.isRefused()) {
			model.addAttribute("chosen", role);
			return refusedOn(memberPage(member, model), changed.refused(), null, model, response);
		}
		return done(here, "changed");
	}

	/**
	 * Takes every role the person holds here, tenant admin first: when that one is
	 * refused (the last tenant admin) nothing else has gone.
	 */
	@PostMapping("/{username}/removal")
	String remove(@ModelAttribute("here") Here here, @PathVariable String username, Model model,
			HttpServletResponse response) {
		requireTenantAdmin(here);
		Member member = member(here, username);
		for (String role : member.roles()) {
			Outcome<Void> removed = Outcome.of(services.tenants()
				.delete()
				.uri("/api/tenants/{slug}/members/{username}/{role}", here.slug(), username, role));
			if (removed.isRefused()) {
				model.addAttribute("chosen", member.roles().get(0));
				return refusedOn(memberPage(member(here, username), model), removed.refused(), null, model, response);
			}
		}
		return done(here, "removed");
	}

	private String listPage(Here here, Model model) {
		model.addAttribute("members", members(here));
		model.addAttribute("invitations", Services
			.read(services.tenants().get().uri("/api/tenants/{slug}/invitations", here.slug()), Invitation[].class));
		model.addAttribute("roles", ROLES);
		return "members/members";
	}

	private String memberPage(Member member, Model model) {
		model.addAttribute("member", member);
		model.addAttribute("roles", ROLES);
		return "members/member";
	}

	private List<Member> members(Here here) {
		MemberRole[] listed = Services.read(services.tenants().get().uri("/api/tenants/{slug}/members", here.slug()),
				MemberRole[].class);
		Map<String, Member> byName = new LinkedHashMap<>();
		Arrays.stream(listed)
			.sorted(Comparator.comparing(MemberRole::username).thenComparing(role -> rank(role.role())))
			.forEach(role -> byName
				.computeIfAbsent(role.username(), name -> new Member(name, role.email(), new ArrayList<>()))
				.roles()
				.add(role.role()));
		return List.copyOf(byName.values());
	}

	private Member member(Here here, String username) {
		return members(here).stream()
			.filter(member -> member.username().equals(username))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static int rank(String role) {
		for (int i = 0; i < ROLES.size(); i++) {
			if (ROLES.get(i).name().equals(role)) {
				return i;
			}
		}
		return ROLES.size();
	}

	private static String refusedOn(String page, Refused refused, @Nullable InviteForm form, Model model,
			HttpServletResponse response) {
		if (refused.isForbidden() || refused.isNotFound()) {
			throw new ResponseStatusException(HttpStatus.valueOf(refused.status()));
		}
		model.addAttribute("refused", refused);
		if (form != null) {
			model.addAttribute("form", form);
		}
		response.setStatus(refused.status());
		return page;
	}

	private static String done(Here here, String what) {
		return "redirect:/t/" + UriUtils.encodePathSegment(here.slug(), "UTF-8") + "/workspace/members" + "?done="
				+ what;
	}

	private static void requireTenantAdmin(Here here) {
		if (!here.canManageMembers()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
