package org.compacts.compact.notice;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessagePreparator;

/**
 * What the notice tests change: a clock they move, and a mail sender (the real one, to
 * GreenMail) that can be told to die right after the mail server took a mail, before the
 * service records it: the crash the idempotency key is for.
 */
@TestConfiguration(proxyBeanMethods = false)
class NoticeTestSetup {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock(Instant.parse("2027-01-05T05:00:00Z"), ZoneId.of("Europe/London"));
	}

	@Bean
	@Primary
	HaltingSender haltingSender() {
		JavaMailSenderImpl real = new JavaMailSenderImpl();
		real.setHost("127.0.0.1");
		real.setPort(TestMail.port());
		return new HaltingSender(real);
	}

	static final class MovableClock extends Clock {

		private final AtomicReference<Instant> now;

		private final ZoneId zone;

		MovableClock(Instant start, ZoneId zone) {
			this.now = new AtomicReference<>(start);
			this.zone = zone;
		}

		void set(Instant instant) {
			now.set(instant);
		}

		@Override
		public ZoneId getZone() {
			return zone;
		}

		@Override
		public Clock withZone(ZoneId other) {
			return new MovableClock(now.get(), other);
		}

		@Override
		public Instant instant() {
			return now.get();
		}

	}

	/** Thrown where the process would have died. */
	static final class Halt extends RuntimeException {

		Halt(String recipient) {
			super("halted after sending to " + recipient + ", before recording it");
		}

	}

	static final class HaltingSender implements JavaMailSender {

		private final JavaMailSenderImpl real;

		private final AtomicReference<String> haltAfterSendingTo = new AtomicReference<>();

		HaltingSender(JavaMailSenderImpl real) {
			this.real = real;
		}

		/** The next mail to this address is sent, then the sender dies. */
		void haltAfterSendingTo(String recipient) {
			haltAfterSendingTo.set(recipient);
		}

		@Override
		public void send(MimeMessage message) throws MailException {
			real.send(message);
			String armed = haltAfterSendingTo.get();
			if (armed != null && to(message).equalsIgnoreCase(armed) && haltAfterSendingTo.compareAndSet(armed, null)) {
				throw new Halt(armed);
			}
		}

		private static String to(MimeMessage message) {
			try {
				Address[] to = message.getRecipients(Message.RecipientType.TO);
				return to == null || to.length == 0 ? "" : to[0].toString();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public MimeMessage createMimeMessage() {
			return real.createMimeMessage();
		}

		@Override
		public MimeMessage createMimeMessage(InputStream content) throws MailException {
			return real.createMimeMessage(content);
		}

		@Override
		public void send(MimeMessage... messages) throws MailException {
			for (MimeMessage message : messages) {
				send(message);
			}
		}

		@Override
		public void send(MimeMessagePreparator preparator) throws MailException {
			real.send(preparator);
		}

		@Override
		public void send(MimeMessagePreparator... preparators) throws MailException {
			real.send(preparators);
		}

		@Override
		public void send(SimpleMailMessage message) throws MailException {
			real.send(message);
		}

		@Override
		public void send(SimpleMailMessage... messages) throws MailException {
			real.send(messages);
		}

	}

}
