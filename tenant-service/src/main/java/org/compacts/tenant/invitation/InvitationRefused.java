package org.compacts.tenant.invitation;

import java.util.List;

import org.compacts.servicekit.refusal.Refusal;

/** An invitation request that is not carried out; nothing was changed. */
final class InvitationRefused extends Refusal {

	private InvitationRefused(Ground ground, String title, String detail, Throwable cause) {
		super(ground, title, detail, List.of(), cause);
	}

	static InvitationRefused noSuchTenant(String slug) {
		return new InvitationRefused(Ground.NOT_FOUND, "No such tenant", "No tenant has the slug '" + slug + "'.",
				null);
	}

	static InvitationRefused archived(String slug) {
		return new InvitationRefused(Ground.CONFLICT, "Archived",
				"The tenant '" + slug + "' is archived and takes no new members.", null);
	}

	/**
	 * Unknown, expired and used invitations look the same: whoever guesses learns
	 * nothing.
	 */
	static InvitationRefused noSuchInvitation() {
		return new InvitationRefused(Ground.NOT_FOUND, "No such invitation",
				"This invitation does not exist, has expired or has been accepted already.", null);
	}

	static InvitationRefused notYours() {
		return new InvitationRefused(Ground.FORBIDDEN, "Not your invitation",
				"This invitation was sent to another e-mail address: sign in as the person it was sent to.", null);
	}

	static InvitationRefused emailNotVerified() {
		return new InvitationRefused(Ground.FORBIDDEN, "E-mail address not verified",
				"Verify the e-mail address of your account, then accept the invitation.", null);
	}

	static InvitationRefused mailUnavailable(Throwable cause) {
		return new InvitationRefused(Ground.UNAVAILABLE, "E-mail not sent",
				"The invitation e-mail could not be sent, so no invitation was made; try again later.", cause);
	}

}
