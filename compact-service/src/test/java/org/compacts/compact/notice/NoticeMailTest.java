package org.compacts.compact.notice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.compacts.compact.notice.NoticeStore.Told;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeMailTest {

	static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final NoticeProperties properties = new NoticeProperties("Compacts <notices@compacts.example>",
			"https://compacts.example/", "a-secret-of-at-least-thirty-two-characters", ENGLAND, LocalTime.of(6, 0),
			LocalTime.of(7, 0), DayOfWeek.MONDAY, Duration.ofMinutes(1), false);

	private final NoticeMail mails = new NoticeMail(properties,
			new UnsubscribeLinks("a-secret-of-at-least-thirty-two-characters"));

	private static Told told(String title, String path) {
		return new Told(UUID.randomUUID(), Reminder.Kind.ACTION_DUE_SOON, title, "Due 12 March 2027.", path,
				Instant.parse("2027-03-05T06:00:00Z"));
	}

	private static String raw(MimeMessage message) throws Exception {
		message.saveChanges();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aDailyDigestListsEachReminderInTextAndHtmlWithItsLinks() throws Exception {
		MimeMessage message = mails.compose("kent", "kim@example.org", Cadence.DAILY,
				List.of(told("Ask about grants", "/t/kent/workspace/plans/1/actions/2"), told("Book the hall", null)),
				"<key@notices.compacts>", ENGLAND);
		String raw = raw(message);

		assertThat(message.getSubject()).isEqualTo("Your daily digest from the kent compact: 2 reminders");
		assertThat(raw).contains("Action due soon: Ask about grants",
				"https://compacts.example/t/kent/workspace/plans/1/actions/2", "Book the hall",
				"https://compacts.example/t/kent/workspace/notifications",
				"https://compacts.example/t/kent/unsubscribe?person=kim%40example.org&list=reminders&sig=",
				"<a href=\"https://compacts.example/t/kent/workspace/plans/1/actions/2\">Ask about grants</a>");
		assertThat(message.getHeader("List-Unsubscribe", null))
			.startsWith("<https://compacts.example/api/t/kent/notices/unsubscribe?person=kim%40example.org");
		assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
	}

	@Test
	void theMessageIdIsTheKeysWhateverSavesIt() throws Exception {
		String id = Postman.messageId("kent", "kim@example.org", "daily:2027-03-05");
		MimeMessage message = mails.compose("kent", "kim@example.org", Cadence.AT_ONCE,
				List.of(told("Ask about grants", null)), id, ENGLAND);
		message.saveChanges();

		assertThat(message.getMessageID()).isEqualTo(id)
			.isEqualTo(Postman.messageId("kent", "kim@example.org", "daily:2027-03-05"))
			.isNotEqualTo(Postman.messageId("kent", "kim@example.org", "daily:2027-03-06"));
		assertThat(message.getSubject()).isEqualTo("Ask about grants (kent)");
	}

}
