package org.compacts.portal.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates as the compacts' readers write them ("12 March 2027"), on the clock of the
 * compacts' country.
 */
@Component
public class Dates {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	public String day(Instant at) {
		return at == null ? "" : DAY.format(at.atZone(UK));
	}

	public String day(LocalDate on) {
		return on == null ? "" : DAY.format(on);
	}

	/** For a {@code <time datetime>}. */
	public String iso(Instant at) {
		return at == null ? "" : at.atZone(UK).toLocalDate().toString();
	}

}
