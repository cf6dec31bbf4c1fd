package org.compacts.compact.notice;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.compacts.compact.notice.NoticeStore.Told;
import org.compacts.compact.tenancy.CurrentTenant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one mail at most once (ADR 16): claims its idempotency key, with the notices it
 * carries, in a transaction of its own that commits before the mail goes; sends it with a
 * Message-ID made from the key; then records it sent. A key already claimed is never sent
 * again, so a run repeated after a crash between the send and the record (or anywhere
 * else) sends nothing twice. The price is the opposite crash, between the claim and the
 * send: that mail is lost, and its row stays SENDING for an operator to see. A mail
 * server that could not even be reached is sure not to have it: the claim is then
 * released and the next run tries again.
 */
class Postman {

	private static final Logger log = LoggerFactory.getLogger(Postman.class);

	private final NoticeStore store;

	private final NoticeMail mails;

	private final JavaMailSender sender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Postman(NoticeStore store, NoticeMail mails, JavaMailSender sender, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.mails = mails;
		this.sender = sender;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Sends a person the notices of a compact raised until then and not yet sent (or only
	 * the one named), under this key.
	 * @return whether a mail went: false when there was nothing to send, or the key was
	 * claimed before
	 */
	boolean deliver(String compact, String recipient, Cadence cadence, String key, Instant until, @Nullable UUID only) {
		String messageId = messageId(compact, recipient, key);
		// made inside the claim's transaction: a mail that cannot be made claims nothing
		MimeMessage message = CurrentTenant.callAs(compact, () -> transactions.execute(status -> {
			List<Told> told = store.take(recipient, key, until, only);
			if (told.isEmpty()) {
				return null;
			}
			if (!store.claim(recipient, key, told.size(), messageId, clock.instant())) {
				status.setRollbackOnly();
				return null;
			}
			try {
				return mails.compose(compact, recipient, cadence, told, messageId, clock.getZone());
			}
			catch (MessagingException ex) {
				throw new IllegalStateException("mail " + key + " to " + recipient + " cannot be made", ex);
			}
		}));
		if (message == null) {
			return false;
		}
		// the claim is committed: from here on the key is spent (at most once)
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			if (neverConnected(ex)) {
				release(compact, recipient, key);
				log.warn("The mail server could not be reached for {} of {} ({}): to be sent at the next run",
						recipient, compact, key);
			}
			else {
				log.error("The mail {} to {} of {} may or may not have gone; it stays SENDING and is not sent again",
						key, recipient, compact, ex);
			}
			throw new IllegalStateException("mail " + key + " to " + recipient + " of " + compact + " not sent", ex);
		}
		CurrentTenant.callAs(compact, () -> {
			transactions.executeWithoutResult(status -> store.sent(recipient, key, clock.instant()));
			return null;
		});
		return true;
	}

	private void release(String compact, String recipient, String key) {
		CurrentTenant.callAs(compact, () -> {
			transactions.executeWithoutResult(status -> store.release(recipient, key));
			return null;
		});
	}

	private static boolean neverConnected(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
				return true;
			}
		}
		return false;
	}

	/** The same key always makes the same Message-ID, so a copy would be known as one. */
	static String messageId(String compact, String recipient, String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((compact + '\0' + recipient + '\0' + key).getBytes(StandardCharsets.UTF_8));
			return "<" + HexFormat.of().formatHex(digest, 0, 20) + "@notices.compacts>";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
