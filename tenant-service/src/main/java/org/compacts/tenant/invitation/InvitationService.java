package org.compacts.tenant.invitation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.compacts.servicekit.security.Membership;
import org.compacts.servicekit.security.TenantRole;
import org.compacts.tenant.actor.CurrentActor;
import org.compacts.tenant.membership.Directory;
import org.compacts.tenant.registry.TenantLookup;
import org.compacts.tenant.registry.TenantSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting, reading and accepting. The e-mail is sent inside the transaction that stores
 * the invitation, so an invitation whose e-mail the mail server did not take is never
 * stored; the membership is given inside the transaction that marks the invitation
 * accepted (with its row locked), so an acceptance that the directory refused leaves the
 * invitation open to try again.
 */
@Service
class InvitationService {

	private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

	private final Invitations invitations;

	private final TenantLookup tenants;

	private final Directory directory;

	private final InvitationMail mail;

	private final CurrentActor actor;

	private final InvitationProperties properties;

	InvitationService(Invitations invitations, TenantLookup tenants, Directory directory, InvitationMail mail,
			CurrentActor actor, InvitationProperties properties) {
		this.invitations = invitations;
		this.tenants = tenants;
		this.directory = directory;
		this.mail = mail;
		this.actor = actor;
		this.properties = properties;
	}

	@Transactional
	Invitation invite(String slug, String email, TenantRole role) {
		TenantSummary tenant = openTenant(slug);
		String token = InvitationTokens.newToken();
		Instant now = now();
		Invitation invitation = invitations.open(slug, email, role, InvitationTokens.hash(token), actor.name(), now,
				now.plus(properties.validity()));
		try {
			mail.send(invitation, tenant, token);
		}
		catch (MailException ex) {
			log.warn("Invitation e-mail to the {} of {} not sent: {}", role.groupName(), slug, ex.toString());
			throw InvitationRefused.mailUnavailable(ex);
		}
		log.info("{} invited someone as {} of {} (invitation {})", invitation.invitedBy(), role.groupName(), slug,
				invitation.id());
		return invitation;
	}

	/** The compact's invitations still waiting for an answer, newest first. */
	@Transactional(readOnly = true)
	List<Invitation> waiting(String slug) {
		tenants.find(slug).orElseThrow(() -> InvitationRefused.noSuchTenant(slug));
		return invitations.openIn(slug, now());
	}

	/** Stops an open invitation's link from working; the record of it stays. */
	@Transactional
	void revoke(String slug, UUID id) {
		tenants.find(slug).orElseThrow(() -> InvitationRefused.noSuchTenant(slug));
		if (!invitations.revoke(slug, id, actor.name(), now())) {
			throw InvitationRefused.noSuchInvitation();
		}
		log.info("{} revoked invitation {} of {}", actor.name(), id, slug);
	}

	/** The open invitation of this token, with its compact. */
	@Transactional(readOnly = true)
	OpenInvitation read(String token) {
		Invitation invitation = open(token);
		TenantSummary tenant = tenants.find(invitation.tenant()).orElseThrow(InvitationRefused::noSuchInvitation);
		return new OpenInvitation(invitation, tenant);
	}

	/**
	 * Gives the role to the signed-in person the invitation was sent to: their token's
	 * verified e-mail address must be the invitation's, and the directory's person with
	 * that address must be them.
	 */
	@Transactional
	Invitation accept(String token, Invitee invitee) {
		if (!InvitationTokens.wellFormed(token)) {
			throw InvitationRefused.noSuchInvitation();
		}
		Invitation invitation = invitations.findOpenForUpdate(InvitationTokens.hash(token), now())
			.orElseThrow(InvitationRefused::noSuchInvitation);
		if (invitee.email() == null || !sameAddress(invitee.email(), invitation.email())) {
			throw InvitationRefused.notYours();
		}
		if (!invitee.emailVerified()) {
			throw InvitationRefused.emailNotVerified();
		}
		openTenant(invitation.tenant());
		String userId = directory.findByEmail(invitation.email())
			.filter(user -> user.id().equals(invitee.userId()))
			.orElseThrow(InvitationRefused::notYours)
			.id();
		directory.add(userId, new Membership(invitation.tenant(), invitation.role()));
		invitations.accepted(invitation.id(), invitee.username(), now());
		log.info("{} accepted invitation {} as {} of {}", invitee.username(), invitation.id(),
				invitation.role().groupName(), invitation.tenant());
		return invitation;
	}

	private Invitation open(String token) {
		if (!InvitationTokens.wellFormed(token)) {
			throw InvitationRefused.noSuchInvitation();
		}
		return invitations.findOpen(InvitationTokens.hash(token), now())
			.orElseThrow(InvitationRefused::noSuchInvitation);
	}

	private TenantSummary openTenant(String slug) {
		TenantSummary tenant = tenants.find(slug).orElseThrow(() -> InvitationRefused.noSuchTenant(slug));
		if (tenant.archived()) {
			throw InvitationRefused.archived(slug);
		}
		return tenant;
	}

	private static boolean sameAddress(String one, String other) {
		return one.strip().toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
	}

	/** PostgreSQL keeps microseconds: what we answer is what a later read gives. */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	record OpenInvitation(Invitation invitation, TenantSummary tenant) {
	}

}
