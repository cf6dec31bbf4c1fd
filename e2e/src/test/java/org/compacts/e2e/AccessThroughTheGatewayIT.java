package org.compacts.e2e;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what in which compact, through the gateway into the real services, with real
 * tokens.
 */
@Order(3)
class AccessThroughTheGatewayIT {

	record Answer(int status, String body) {
	}

	record Principle(UUID id, Content content, String status) {

		record Content(String title) {
		}

		String title() {
			return content.title();
		}

	}

	private Answer call(HttpMethod method, String path, String token, Object body) {
		var request = E2ePlatform.gateway().method(method).uri(path);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange((req, res) -> new Answer(res.getStatusCode().value(), res.bodyTo(String.class)));
	}

	private Principle draft(String tenant, String editor, String title) {
		return E2ePlatform.gateway()
			.post()
			.uri("/api/t/{tenant}/principles", tenant)
			.header("Authorization", "Bearer " + E2ePlatform.tokens().accessToken(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", title, "text", "...", "mode", "CORE"))
			.retrieve()
			.body(Principle.class);
	}

	@Test
	void aSwaleEditorIsRefusedEveryCanterburyWriteAndNonPublicRead() {
		Principle canterburyDraft = draft("canterbury", "chris.canterbury", "Respect " + UUID.randomUUID());
		String sam = E2ePlatform.tokens().accessToken("sam.editor");
		String chris = E2ePlatform.tokens().accessToken("chris.canterbury");
		String draftPath = "/api/t/canterbury/principles/" + canterburyDraft.id();
		String draftBefore = call(HttpMethod.GET, draftPath, chris, null).body();
		String refusedTitle = "Refused " + UUID.randomUUID();

		assertThat(call(HttpMethod.POST, "/api/t/canterbury/principles", sam,
				Map.of("title", refusedTitle, "text", "b", "mode", "CORE"))
			.status()).isEqualTo(403);
		assertThat(call(HttpMethod.POST, draftPath + "/versions/1/publication", sam, null).status()).isEqualTo(403);
		assertThat(call(HttpMethod.GET, draftPath, sam, null).status()).isEqualTo(404);
		assertThat(call(HttpMethod.GET, "/api/t/canterbury/principles", sam, null).body())
			.doesNotContain(canterburyDraft.id().toString());

		// the refusals changed nothing: Canterbury's own editor sees the draft as it was,
		// still a draft, and no principle with the refused title
		assertThat(call(HttpMethod.GET, draftPath, chris, null).body()).isEqualTo(draftBefore).contains("DRAFT");
		assertThat(call(HttpMethod.GET, "/api/t/canterbury/principles", chris, null).body())
			.doesNotContain(refusedTitle);
	}

	@Test
	void theAnonymousReadPublishedContentOnlyAndCannotWrite() {
		Principle draft = draft("swale", "sam.editor", "Openness " + UUID.randomUUID());
		Principle published = draft("swale", "sam.editor", "Honesty " + UUID.randomUUID());
		call(HttpMethod.POST, "/api/t/swale/principles/" + published.id() + "/versions/1/publication",
				E2ePlatform.tokens().accessToken("sam.editor"), null);

		String anonymousView = call(HttpMethod.GET, "/api/t/swale/principles", null, null).body();

		assertThat(anonymousView).contains(published.id().toString()).doesNotContain(draft.id().toString());
		String refusedTitle = "Refused " + UUID.randomUUID();
		assertThat(call(HttpMethod.POST, "/api/t/swale/principles", null,
				Map.of("title", refusedTitle, "text", "b", "mode", "CORE"))
			.status()).isEqualTo(401);
		assertThat(call(HttpMethod.GET, "/t/swale", null, null).body()).contains(published.title())
			.doesNotContain(draft.title());
		assertThat(call(HttpMethod.GET, "/api/t/swale/principles", E2ePlatform.tokens().accessToken("sam.editor"), null)
			.body()).contains(draft.title()).doesNotContain(refusedTitle);
	}

	@Test
	void forgedAndWrongAudienceTokensGet401AndAnUnknownCompact404() {
		String valid = E2ePlatform.tokens().accessToken("sam.editor");
		String forged = valid.substring(0, valid.length() - 6) + "AAAAAA";
		String notForUs = E2ePlatform.tokens()
			.accessToken(org.compacts.testkit.TestTokens.NO_AUDIENCE_CLIENT, "sam.editor", "demo");

		String refusedTitle = "Refused " + UUID.randomUUID();
		for (String token : List.of(forged, notForUs)) {
			assertThat(call(HttpMethod.POST, "/api/t/swale/principles", token,
					Map.of("title", refusedTitle, "text", "b", "mode", "CORE"))
				.status()).isEqualTo(401);
		}
		assertThat(call(HttpMethod.GET, "/api/t/swale/principles", valid, null).body()).doesNotContain(refusedTitle);
		assertThat(call(HttpMethod.GET, "/api/t/atlantis/principles", null, null).status()).isEqualTo(404);
	}

	@Test
	void kentsCompactFromTheDraftIsReadByAnyoneThroughTheGateway() {
		Answer kent = call(HttpMethod.GET, "/api/t/kent/document", null, null);

		assertThat(kent.status()).isEqualTo(200);
		// the embedded default loads it from the Kent Partners Compact draft
		// (import/kent-compact.yaml)
		assertThat(kent.body()).contains("\"Consultation\"", "standard consultation period", "Openness", "ChangeUp",
				"Sarah Williams");
		assertThat(call(HttpMethod.GET, "/api/t/hounslow/document", null, null).body())
			.doesNotContain("standard consultation period");
	}

}
