package org.compacts.compact.notice;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) in the test JVM, on 127.0.0.1 and a port the system
 * chose: started once, kept while the JVM runs (the Spring context that sends to it is
 * cached as long), stopped at exit. As tenant-service's.
 */
final class TestMail {

	private static GreenMail smtp;

	private TestMail() {
	}

	static synchronized GreenMail smtp() {
		if (smtp == null) {
			GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mail-stop"));
			smtp = server;
		}
		return smtp;
	}

	static int port() {
		return smtp().getSmtp().getPort();
	}

	static void forget() {
		try {
			smtp().purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What the server received for this address, oldest first. */
	static List<Mail> to(String address) {
		return Arrays.stream(smtp().getReceivedMessages())
			.filter(message -> recipients(message).stream().anyMatch(address::equalsIgnoreCase))
			.map(TestMail::mail)
			.toList();
	}

	private static List<String> recipients(MimeMessage message) {
		try {
			Address[] to = message.getRecipients(Message.RecipientType.TO);
			return to == null ? List.of() : Arrays.stream(to).map(String::valueOf).toList();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Mail mail(MimeMessage message) {
		try {
			return new Mail(message.getSubject(), message.getMessageID(), message.getHeader("List-Unsubscribe", null),
					message.getHeader("List-Unsubscribe-Post", null), part(message, "text/plain"),
					part(message, "text/html"));
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String part(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	record Mail(String subject, String messageId, String listUnsubscribe, String listUnsubscribePost, String text,
			String html) {
	}

}
