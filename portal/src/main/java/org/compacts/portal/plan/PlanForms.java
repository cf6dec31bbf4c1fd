package org.compacts.portal.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Refused;
import org.compacts.portal.workspace.Here;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * How the plan pages handle a form: who may use one, a GOV.UK date input read into a day,
 * the change sent as JSON with the version the form was read at, and a refusal shown on
 * the form again.
 */
final class PlanForms {

	private PlanForms() {
	}

	/**
	 * Refuses a member without the editor role before anything is read or sent: the
	 * service would refuse the change too, but the page must not even try.
	 */
	static void requireEditor(Here here) {
		if (!here.canEdit()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	/**
	 * Sends a change as the visitor, or refuses it without asking when its body cannot be
	 * built (a day no calendar has, a progress that is no number). The version goes as
	 * If-Match: every change of an existing plan or action needs it.
	 */
	static <T> Outcome<T> send(RestClient.RequestBodySpec request, Supplier<? extends Map<String, ?>> body,
			@Nullable Long version, Class<T> answer) {
		Map<String, ?> built;
		try {
			built = body.get();
		}
		catch (Unbuildable ex) {
			return new Outcome<>(null, null, ex.refused());
		}
		request.contentType(MediaType.APPLICATION_JSON);
		if (version != null) {
			request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
		}
		return Outcome.of(request.body(built), answer);
	}

	/**
	 * Puts a refusal on the page about to be shown again, with the service's status. A
	 * refusal no form can fix (not found, not allowed) is the page's answer instead.
	 */
	static void showRefusal(Refused refused, Model model, HttpServletResponse response) {
		if (refused.isForbidden() || refused.isNotFound()) {
			throw new ResponseStatusException(HttpStatus.valueOf(refused.status()));
		}
		model.addAttribute("refused", refused);
		response.setStatus(refused.status());
	}

	/** The banner's words for a {@code ?done=} the page knows; nothing for any other. */
	static void banner(@Nullable String done, Map<String, String> messages, Model model) {
		model.addAttribute("done", done == null ? null : messages.get(done));
	}

	static @Nullable String blankAsNull(@Nullable String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}

	/**
	 * What a GOV.UK date input sent: a day, a month and a year, each as typed, from
	 * inputs named {@code field.day}, {@code field.month}, {@code field.year}.
	 */
	record DateInput(@Nullable String day, @Nullable String month, @Nullable String year) {

		static final DateInput BLANK = new DateInput("", "", "");

		static DateInput of(@Nullable LocalDate date) {
			return date == null ? BLANK : new DateInput(Integer.toString(date.getDayOfMonth()),
					Integer.toString(date.getMonthValue()), Integer.toString(date.getYear()));
		}

		static DateInput orBlank(@Nullable DateInput input) {
			return input == null ? BLANK : input;
		}

		/**
		 * The day as the service takes it ({@code 2027-04-01}), or null when all three
		 * are blank, so that the service says whether the day is needed.
		 * @param field the service's name for the day, named in the refusal
		 * @throws Unbuildable for a day no calendar has, or parts missing or not numbers
		 */
		@Nullable String iso(String field) {
			String d = trimmed(day);
			String m = trimmed(month);
			String y = trimmed(year);
			if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
				return null;
			}
			if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
				throw new Unbuildable(Refused.of(field, "must include a day, a month and a year"));
			}
			if (!(d + m + y).chars().allMatch(Character::isDigit) || d.length() > 2 || m.length() > 2
					|| y.length() > 4) {
				throw new Unbuildable(Refused.of(field, "must be a real date, in numbers, for example 31 3 2028"));
			}
			try {
				return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
			}
			catch (DateTimeException ex) {
				throw new Unbuildable(Refused.of(field, "must be a real date, for example 31 3 2028"));
			}
		}

		private static String trimmed(@Nullable String part) {
			return part == null ? "" : part.strip();
		}

	}

	/** A form the portal cannot send at all; its refusal names the field. */
	static final class Unbuildable extends RuntimeException {

		private final Refused refused;

		Unbuildable(Refused refused) {
			super(refused.detail(), null, false, false);
			this.refused = refused;
		}

		Refused refused() {
			return refused;
		}

	}

}
