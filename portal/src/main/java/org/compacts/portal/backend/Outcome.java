package org.compacts.portal.backend;

import org.jspecify.annotations.Nullable;

import org.springframework.web.client.RestClient;

/**
 * What became of a change a person asked for on a form: done, with the service's answer
 * and the version it now has, or refused with the service's reasons.
 *
 * <pre>
 * Outcome&lt;Item&gt; saved = Outcome.of(services.compacts().put()...body(form.request()), Item.class);
 * if (saved.isRefused()) {
 *     model.addAttribute("refused", saved.refused());
 *     return "editor/edit"; // the form again, as the person typed it
 * }
 * return "redirect:...";
 * </pre>
 *
 * @param body what the service answered with, if anything
 * @param etag the version it now has, for the next conditional change
 * @param refused why the service refused, if it did
 */
public record Outcome<T>(@Nullable T body, @Nullable String etag, @Nullable Refused refused) {

	/**
	 * Sends the change as the visitor. A 4xx is the person's to fix and becomes a
	 * {@link Refused}; anything else is the platform's failure and is thrown.
	 */
	public static <T> Outcome<T> of(RestClient.RequestHeadersSpec<?> request, Class<T> type) {
		return request.exchange((req, response) -> {
			if (response.getStatusCode().is2xxSuccessful()) {
				T body = type == Void.class ? null : response.bodyTo(type);
				return new Outcome<>(body, response.getHeaders().getETag(), null);
			}
			if (response.getStatusCode().is4xxClientError()) {
				return new Outcome<T>(null, null,
						Refused.of(response.getStatusCode().value(), Refused.Problem.readFrom(response)));
			}
			throw new IllegalStateException("The service answered " + response.getStatusCode() + " to "
					+ req.getMethod() + " " + req.getURI().getPath());
		});
	}

	/** Sends a change whose answer the page does not need. */
	public static Outcome<Void> of(RestClient.RequestHeadersSpec<?> request) {
		return of(request, Void.class);
	}

	public boolean isRefused() {
		return refused != null;
	}

}
