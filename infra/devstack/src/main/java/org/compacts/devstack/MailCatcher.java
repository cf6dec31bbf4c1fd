package org.compacts.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP server (GreenMail) that delivers nowhere: the embedded default's services
 * send their e-mail (invitations) here, and each message is written to
 * {@code logs/mail.log} and announced on the console, so a developer can follow the link
 * in it.
 */
final class MailCatcher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

	private final GreenMail smtp;

	private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "devstack-mail");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * The messages already written, by identity: GreenMail lists its messages grouped by
	 * mailbox, not by arrival, so a count of those seen would skip a second message to an
	 * earlier mailbox and write a later one twice.
	 */
	private final Set<MimeMessage> seen = Collections.newSetFromMap(new IdentityHashMap<>());

	private MailCatcher(GreenMail smtp, Path mailLog) {
		this.smtp = smtp;
		reader.scheduleWithFixedDelay(() -> report(mailLog), 1, 1, TimeUnit.SECONDS);
	}

	static MailCatcher start(int port, Path mailLog) {
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		return new MailCatcher(smtp, mailLog);
	}

	synchronized void report(Path mailLog) {
		try {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (!seen.add(message)) {
					continue;
				}
				String to = String.valueOf(message.getRecipients(Message.RecipientType.TO)[0]);
				String text = "=== to " + to + ": " + message.getSubject() + "\n" + GreenMailUtil.getBody(message)
						+ "\n\n";
				Files.createDirectories(mailLog.getParent());
				Files.writeString(mailLog, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
				log.info("E-mail to {}: \"{}\" (in {})", to, message.getSubject(), mailLog);
			}
		}
		catch (Exception ex) {
			log.warn("Could not read a caught e-mail: {}", ex.getMessage());
		}
	}

	@Override
	public void close() {
		reader.shutdownNow();
		try {
			reader.awaitTermination(Duration.ofSeconds(2).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		smtp.stop();
	}

}
