package org.compacts.compact.notice;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the notices are sent (compacts.notices).
 *
 * @param from the sender of every mail
 * @param portalUrl where people reach the portal (the gateway): links in the mails
 * @param unsubscribeSecret the key of the unsubscribe links' HMAC: a real deployment sets
 * its own, and a link signed with another key is refused
 * @param zone the clock of the jobs and of "today"
 * @param remindersAt when the daily scan raises the reminders of actions due soon and
 * overdue
 * @param digestsAt when the daily digests go, and the weekly ones on {@code weeklyOn}
 * @param atOnceEvery how often the mails of the people who want them at once go
 * @param scheduler false to run no job (tests that run them by hand)
 */
@ConfigurationProperties("compacts.notices")
record NoticeProperties(@DefaultValue("Compacts <notices@compacts.example>") String from,
		@DefaultValue("http://localhost:8080") String portalUrl, String unsubscribeSecret,
		@DefaultValue("Europe/London") ZoneId zone, @DefaultValue("06:00") LocalTime remindersAt,
		@DefaultValue("07:00") LocalTime digestsAt, @DefaultValue("MONDAY") DayOfWeek weeklyOn,
		@DefaultValue("PT1M") Duration atOnceEvery, @DefaultValue("true") boolean scheduler) {

	NoticeProperties {
		if (unsubscribeSecret == null || unsubscribeSecret.length() < 32) {
			throw new IllegalArgumentException(
					"compacts.notices.unsubscribe-secret must be at least 32 characters: the unsubscribe links are signed with it");
		}
		portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
	}

}
