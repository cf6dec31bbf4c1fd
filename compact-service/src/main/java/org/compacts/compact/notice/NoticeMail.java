package org.compacts.compact.notice;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.compacts.compact.notice.NoticeStore.Told;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * A notice mail: text and HTML from the Thymeleaf templates in {@code notice-mail/}, the
 * Message-ID its idempotency key gives it, and the one-click unsubscribe of RFC 8058
 * (List-Unsubscribe with List-Unsubscribe-Post), whose link also ends each mail.
 */
class NoticeMail {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final NoticeProperties properties;

	private final UnsubscribeLinks links;

	private final Session session = Session.getInstance(new Properties());

	NoticeMail(NoticeProperties properties, UnsubscribeLinks links) {
		this.properties = properties;
		this.links = links;
		templates.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
		templates.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("notice-mail/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of("*" + suffix));
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setOrder(order);
		resolver.setCacheable(true);
		return resolver;
	}

	/** One line of a mail: a notice and where to deal with it. */
	record Line(String kind, String title, @Nullable String detail, @Nullable String link) {
	}

	MimeMessage compose(String compact, String recipient, Cadence cadence, List<Told> notices, String messageId,
			ZoneId zone) throws MessagingException {
		String unsubscribe = properties.portalUrl() + "/t/" + compact + "/unsubscribe?"
				+ links.query(compact, recipient, UnsubscribeLinks.REMINDERS);
		String oneClick = properties.portalUrl() + "/api/t/" + compact + "/notices/unsubscribe?"
				+ links.query(compact, recipient, UnsubscribeLinks.REMINDERS);
		Context context = new Context(Locale.UK);
		context.setVariable("compact", compact);
		context.setVariable("cadence", cadence.name());
		context.setVariable("day", DAY.format(notices.get(notices.size() - 1).raisedAt().atZone(zone)));
		context.setVariable("lines", notices.stream().map(this::line).toList());
		context.setVariable("preferences", properties.portalUrl() + "/t/" + compact + "/workspace/notifications");
		context.setVariable("unsubscribe", unsubscribe);
		MimeMessage message = new KeyedMessage(session, messageId);
		MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		mail.setFrom(properties.from());
		mail.setTo(recipient);
		mail.setSubject(subject(compact, cadence, notices));
		mail.setText(templates.process("reminders.txt", context), templates.process("reminders.html", context));
		message.setHeader("List-Unsubscribe", "<" + oneClick + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		message.setHeader("Auto-Submitted", "auto-generated");
		return message;
	}

	private Line line(Told told) {
		String kind = switch (told.kind()) {
			case ACTION_GIVEN -> "Action given to you";
			case ACTION_DUE_SOON -> "Action due soon";
			case ACTION_OVERDUE -> "Action overdue";
			case UPSTREAM_VERSION -> "New version from upstream";
			case CONFLICT_WAITING -> "Conflict waiting";
			case MINUTES_CIRCULATED -> "Minutes to approve";
			case DISPUTE_STAGE_OVERDUE -> "Dispute past its deadline";
			case QUALITY_MARK_RENEWAL -> "Quality mark to renew";
			case UPDATE -> "Update from the compact";
		};
		return new Line(kind, told.title(), told.detail(),
				told.path() == null ? null : properties.portalUrl() + told.path());
	}

	static String subject(String compact, Cadence cadence, List<Told> notices) {
		int count = notices.size();
		String reminders = count == 1 ? "1 reminder" : count + " reminders";
		return switch (cadence) {
			case DAILY -> "Your daily digest from the " + compact + " compact: " + reminders;
			case WEEKLY -> "Your weekly digest from the " + compact + " compact: " + reminders;
			default -> count == 1 ? notices.get(0).title() + " (" + compact + ")"
					: reminders + " from the " + compact + " compact";
		};
	}

	/**
	 * Keeps the Message-ID made from the idempotency key: JavaMail would make a new one
	 * at each save.
	 */
	private static final class KeyedMessage extends MimeMessage {

		private final String messageId;

		KeyedMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
