package org.compacts.tenant.invitation;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.compacts.tenant.registry.TenantSummary;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The invitation e-mail: plain text, with the compact's name, the role and the link that
 * accepts.
 */
@Component
class InvitationMail {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK)
		.withZone(ZoneOffset.UTC);

	private final JavaMailSender mail;

	private final InvitationProperties properties;

	private final PortalProperties portal;

	InvitationMail(JavaMailSender mail, InvitationProperties properties, PortalProperties portal) {
		this.mail = mail;
		this.properties = properties;
		this.portal = portal;
	}

	/**
	 * Sends it now; throws {@link MailException} when the mail server does not take it.
	 */
	void send(Invitation invitation, TenantSummary tenant, String token) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.from());
		message.setTo(invitation.email());
		message.setSubject("Your invitation to the " + tenant.name());
		message.setText(text(invitation, tenant, portal.invitationLink(token)));
		mail.send(message);
	}

	static String text(Invitation invitation, TenantSummary tenant, String link) {
		return """
				Hello,

				%s has invited you to the %s as %s.

				To accept, open this link and sign in with the account of this e-mail address (%s):

				%s

				The invitation can be accepted once, until %s. If you did not expect it, you can ignore this e-mail.

				Compacts
				""".formatted(invitation.invitedBy(), tenant.name(), invitation.role().groupName(), invitation.email(),
				link, WHEN.format(invitation.expiresAt()));
	}

}
