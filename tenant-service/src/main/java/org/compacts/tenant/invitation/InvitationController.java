package org.compacts.tenant.invitation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.compacts.servicekit.security.TenantRole;
import org.compacts.tenant.invitation.InvitationService.OpenInvitation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations over HTTP. Inviting is for the compact's tenant admins; reading an
 * invitation is for whoever holds its token (the link in the e-mail); accepting is for
 * the signed-in person it was sent to.
 */
@RestController
@RequestMapping(path = "/api/tenants", produces = "application/json")
class InvitationController {

	private static final String ROLE_NAMES = "tenant-admin|editor|champion|member";

	private final InvitationService invitations;

	InvitationController(InvitationService invitations) {
		this.invitations = invitations;
	}

	/**
	 * Invites an address to a role in the compact, and sends it the e-mail with the link
	 * that accepts.
	 */
	@PostMapping(path = "/{slug}/invitations", consumes = "application/json")
	ResponseEntity<InvitationView> invite(@PathVariable String slug, @Valid @RequestBody InviteRequest request) {
		TenantRole role = TenantRole.ofGroupName(request.role()).orElseThrow();
		Invitation invitation = invitations.invite(slug, request.email().strip(), role);
		return ResponseEntity.status(HttpStatus.CREATED).body(InvitationView.of(invitation));
	}

	/** The compact's invitations that are neither accepted, revoked nor expired. */
	@GetMapping("/{slug}/invitations")
	List<InvitationView> open(@PathVariable String slug) {
		return invitations.waiting(slug).stream().map(InvitationView::of).toList();
	}

	/** Revokes an open invitation: its link stops working. */
	@DeleteMapping("/{slug}/invitations/{id}")
	ResponseEntity<Void> revoke(@PathVariable String slug, @PathVariable UUID id) {
		invitations.revoke(slug, id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * What the invitation of this token offers, while it is open; 404 when unknown,
	 * expired or used.
	 */
	@GetMapping("/invitations/{token}")
	OpenInvitationView read(@PathVariable String token) {
		return OpenInvitationView.of(invitations.read(token));
	}

	/**
	 * The signed-in person takes the role; their tokens carry it from the next one they
	 * get.
	 */
	@PostMapping("/invitations/{token}/accept")
	AcceptedView accept(@PathVariable String token, @AuthenticationPrincipal Jwt jwt) {
		Invitee invitee = new Invitee(jwt.getSubject(), jwt.getClaimAsString("preferred_username"),
				jwt.getClaimAsString("email"), Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")));
		Invitation accepted = invitations.accept(token, invitee);
		return new AcceptedView(accepted.tenant(), accepted.role().groupName());
	}

	/** An invitation to send: the address and the role it is to have. */
	record InviteRequest(@NotBlank @Email @Size(max = 254) String email, @NotNull @Pattern(regexp = ROLE_NAMES,
			message = "must be tenant-admin, editor, champion or member") String role) {
	}

	/** An invitation as its inviter sees it; the token is only ever in the e-mail. */
	record InvitationView(UUID id, String tenant, String email, String role, String invitedBy, Instant createdAt,
			Instant expiresAt) {

		static InvitationView of(Invitation invitation) {
			return new InvitationView(invitation.id(), invitation.tenant(), invitation.email(),
					invitation.role().groupName(), invitation.invitedBy(), invitation.createdAt(),
					invitation.expiresAt());
		}

	}

	/** An open invitation as the holder of its link sees it. */
	record OpenInvitationView(String tenant, String tenantName, String role, String email, Instant expiresAt) {

		static OpenInvitationView of(OpenInvitation open) {
			return new OpenInvitationView(open.tenant().slug(), open.tenant().name(),
					open.invitation().role().groupName(), open.invitation().email(), open.invitation().expiresAt());
		}

	}

	record AcceptedView(String tenant, String role) {
	}

}
