package org.compacts.tenant.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an invitation: 32 random bytes, URL-safe Base64 (43 characters), sent
 * only in the e-mail. The database keeps its SHA-256, so a copy of the database accepts
 * no invitation.
 */
final class InvitationTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

	private InvitationTokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the text could be a token at all; anything else is not looked up. */
	static boolean wellFormed(String token) {
		return token != null && FORM.matcher(token).matches();
	}

	/**
	 * The SHA-256 of the token, in lower-case hex: what the database stores and looks up.
	 */
	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
