package org.compacts.portal.backend;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one way a workspace form posts: the change sent as JSON as the visitor, with the
 * version the form was read at; what was typed but cannot be sent refused without asking
 * ({@link Typed}); a refusal shown on the form again with the service's status; and the
 * success banner after the redirect. Who may post is {@code Here.requireEditor()}.
 *
 * <pre>
 * here.requireEditor();
 * Outcome&lt;Void&gt; saved = Forms.send(services.compacts().put().uri(...), form::request, form.version());
 * if (saved.isRefused()) {
 *     Forms.showRefusal(saved.refused(), model, response);
 *     return "people/contact"; // the form again, as typed
 * }
 * return "redirect:...?done=saved";
 * </pre>
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * Sends the change as the visitor, or refuses it without asking when a field cannot
	 * be read (a day no calendar has). The version goes as If-Match: a change of what
	 * exists names the version the person saw, so that one made meanwhile is not
	 * overwritten unseen.
	 * @param form the body the service takes, read from what was typed
	 * @param version the version seen, or null for something new
	 * @param answer what the service answers with, for a page that needs it (a new id)
	 */
	public static <T> Outcome<T> send(RestClient.RequestBodySpec request,
			Function<Typed, ? extends Map<String, ?>> form, @Nullable Long version, Class<T> answer) {
		Typed typed = new Typed();
		Map<String, ?> body = form.apply(typed);
		Optional<Refused> unsendable = typed.refusal();
		if (unsendable.isPresent()) {
			return new Outcome<>(null, null, unsendable.get());
		}
		request.contentType(MediaType.APPLICATION_JSON);
		if (version != null) {
			request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
		}
		return Outcome.of(request.body(body), answer);
	}

	/** Sends a change read from what was typed, whose answer the page does not need. */
	public static Outcome<Void> send(RestClient.RequestBodySpec request, Function<Typed, ? extends Map<String, ?>> form,
			@Nullable Long version) {
		return send(request, form, version, Void.class);
	}

	/** Sends a change of plain text fields, which the service alone judges. */
	public static Outcome<Void> send(RestClient.RequestBodySpec request, Map<String, ?> body, @Nullable Long version) {
		return send(request, typed -> body, version, Void.class);
	}

	/**
	 * Puts a refusal on the page about to be shown again, with the service's status. A
	 * refusal no form can fix (not found, not allowed) is the page's answer instead.
	 */
	public static void showRefusal(Refused refused, Model model, HttpServletResponse response) {
		if (refused.isForbidden() || refused.isNotFound()) {
			throw new ResponseStatusException(HttpStatus.valueOf(refused.status()));
		}
		model.addAttribute("refused", refused);
		response.setStatus(refused.status());
	}

	/**
	 * The banner's words ({@code forms :: banner}) for a {@code ?done=} the page knows;
	 * nothing for any other, so a link cannot make a page say what it did not do.
	 */
	public static void banner(@Nullable String done, Map<String, String> messages, Model model) {
		model.addAttribute("done", done == null ? null : messages.get(done));
	}

	/**
	 * A choice or an optional text as the service takes it: left out (null) when blank,
	 * so that "" is never sent as a value.
	 */
	public static @Nullable String blankAsNull(@Nullable String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}

}
