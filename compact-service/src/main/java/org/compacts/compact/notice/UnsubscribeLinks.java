package org.compacts.compact.notice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-click unsubscribe links that work without signing in: an HMAC-SHA256 over the
 * compact, the person and the list, with a secret only the service knows, so no one can
 * unsubscribe another person by writing a link. The list is the kind of mail
 * ({@value #REMINDERS} for now; a later kind, champions' updates, gets its own).
 */
final class UnsubscribeLinks {

	static final String REMINDERS = "reminders";

	private final SecretKeySpec key;

	UnsubscribeLinks(String secret) {
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	String signature(String compact, String person, String list) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			// NUL cannot be in a slug, an address or a list name: no two triples sign
			// alike
			byte[] signed = mac.doFinal((compact + '\0' + person + '\0' + list).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean verifies(String compact, String person, String list, String signature) {
		return MessageDigest.isEqual(signature(compact, person, list).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	/** The query of a link: person, list and signature. */
	String query(String compact, String person, String list) {
		return "person=" + URLEncoder.encode(person, StandardCharsets.UTF_8) + "&list=" + list + "&sig="
				+ signature(compact, person, list);
	}

}
