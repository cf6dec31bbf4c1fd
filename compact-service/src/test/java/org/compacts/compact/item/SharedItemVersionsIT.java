package org.compacts.compact.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life of a code of practice through the API on the real PostgreSQL: versions,
 * publication, supersession, retirement, history, diff, and the 409 for a stale edit with
 * nothing lost.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class SharedItemVersionsIT {

	static final String EDITOR = "sam.editor";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	@BeforeEach
	void api() {
		api = new Api(port, jdbc, transactions);
	}

	private String createCode(String title) {
		Answer created = api.post("/api/t/swale/codes", EDITOR, Codes.consultation(title));
		assertThat(created.status()).isEqualTo(201);
		return "/api/t/swale/codes/" + created.json().path("id").asString();
	}

	private Answer edit(String code, int startedFrom, String aim) {
		Map<String, Object> body = Codes.editOf(Codes.consultation("Consultation"), startedFrom);
		body.put("aim", aim);
		return api.put(code, EDITOR, body);
	}

	private static List<String> statuses(Answer history) {
		List<String> statuses = new ArrayList<>();
		history.json().forEach(version -> statuses.add(version.path("status").asString()));
		return statuses;
	}

	@Test
	void aCodeGoesFromDraftThroughConsultationToPublishedAndIsSupersededByItsNextPublication() {
		String code = createCode("Consultation");

		assertThat(api.post(code + "/versions/1/consultation", EDITOR, null).json().path("status").asString())
			.isEqualTo("CONSULTATION");
		Answer published = api.post(code + "/versions/1/publication", EDITOR, null);
		assertThat(published.json().path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(published.json().path("publishedVersion").asInt()).isEqualTo(1);

		Answer draft = edit(code, 1, "To make consultation early, accessible and listened to.");
		assertThat(draft.status()).isEqualTo(200);
		assertThat(draft.json().path("version").asInt()).isEqualTo(2);
		assertThat(draft.json().path("publishedVersion").asInt()).isEqualTo(1);
		// The public still reads the version in force while the editors work on the next.
		assertThat(api.get(code, null).json().path("content").path("aim").asString())
			.isEqualTo("To make consultation timely, accessible and listened to.");

		api.post(code + "/versions/2/publication", EDITOR, null);

		assertThat(statuses(api.get(code + "/versions", EDITOR))).containsExactly("SUPERSEDED", "PUBLISHED");
		assertThat(api.get(code, null).json().path("content").path("aim").asString())
			.isEqualTo("To make consultation early, accessible and listened to.");
	}

	@Test
	void theHistorySaysWhoMovedEachVersionAndWhenButOnlyMembersSeeWho() {
		String code = createCode("Funding");
		api.post(code + "/versions/1/publication", EDITOR, null);

		JsonNode changes = api.get(code + "/versions", EDITOR).json().path(0).path("statusChanges");
		JsonNode seenByPublic = api.get(code + "/versions", null).json().path(0).path("statusChanges");

		assertThat(changes).hasSize(2);
		assertThat(changes.path(0).path("status").asString()).isEqualTo("DRAFT");
		assertThat(changes.path(1).path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(changes.path(1).path("by").asString()).isEqualTo(EDITOR);
		assertThat(changes.path(1).path("at").asString()).isNotBlank();
		assertThat(seenByPublic.path(1).path("by").isNull()).isTrue();
	}

	@Test
	void theDiffBetweenAnyTwoVersionsIsReadable() {
		String code = createCode("Consultation");
		edit(code, 1, "To make consultation early, accessible and listened to.");

		Answer diff = api.get(code + "/diff?from=1&to=2", EDITOR);

		assertThat(diff.status()).isEqualTo(200);
		assertThat(diff.json().path("text").asString()).isEqualTo(
				"Changes from v1 to v2:\nAim: To make consultation [-timely,-] {+early,+} accessible and listened to.");
		JsonNode change = diff.json().path("diff").path("changes").path(0);
		assertThat(change.path("field").asString()).isEqualTo("Aim");
		assertThat(change.path("kind").asString()).isEqualTo("CHANGED");
		assertThat(api.get(code + "/diff?from=2&to=1", EDITOR).json().path("text").asString())
			.contains("[-early,-] {+timely,+}");
	}

	@Test
	void aStaleEditGets409AndNothingIsLost() {
		String code = createCode("Volunteering");
		assertThat(edit(code, 1, "First editor's aim.").status()).isEqualTo(200);
		int versions = api.rows("item_version", "swale");

		Answer stale = edit(code, 1, "Second editor's aim, written without seeing the first.");

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.isProblem()).isTrue();
		assertThat(stale.namesField("startedFrom")).isTrue();
		assertThat(stale.text()).contains("started from v1, current is v2");
		assertThat(api.rows("item_version", "swale")).isEqualTo(versions);
		assertThat(api.get(code, EDITOR).json().path("content").path("aim").asString())
			.isEqualTo("First editor's aim.");
		assertThat(statuses(api.get(code + "/versions", EDITOR))).containsExactly("SUPERSEDED", "DRAFT");
	}

	@Test
	void ofTwoConcurrentEditsFromTheSameVersionOneIsSavedAndTheOtherGets409() throws Exception {
		String code = createCode("Equality and Diversity");
		CountDownLatch start = new CountDownLatch(1);
		Callable<Answer> editing = () -> {
			start.await();
			return edit(code, 1, "Aim of " + UUID.randomUUID());
		};
		ExecutorService editors = Executors.newFixedThreadPool(2);
		try {
			Future<Answer> first = editors.submit(editing);
			Future<Answer> second = editors.submit(editing);
			start.countDown();

			assertThat(List.of(first.get().status(), second.get().status())).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			editors.shutdownNow();
		}
		assertThat(statuses(api.get(code + "/versions", EDITOR))).containsExactly("SUPERSEDED", "DRAFT");
	}

	@Test
	void aRetiredCodeLeavesThePublicCompactAndIsNotEditedAgain() {
		String code = createCode("Funding and Procurement");
		api.post(code + "/versions/1/publication", EDITOR, null);

		Answer retired = api.post(code + "/versions/1/retirement", EDITOR, null);

		assertThat(retired.json().path("status").asString()).isEqualTo("RETIRED");
		assertThat(api.get(code, null).status()).isEqualTo(404);
		Answer edit = edit(code, 1, "A new aim.");
		assertThat(edit.status()).isEqualTo(409);
		assertThat(edit.text()).contains("retired");
	}

	@Test
	void invalidTransitionsAre409NamingTheVersionAndChangeNothing() {
		String code = createCode("Consultation");
		api.post(code + "/versions/1/publication", EDITOR, null);
		edit(code, 1, "A newer aim.");
		int changes = api.rows("item_status_change", "swale");

		Answer supersededAgain = api.post(code + "/versions/1/publication", EDITOR, null);
		Answer retireUnderADraft = api.post(code + "/versions/1/retirement", EDITOR, null);
		Answer unknownVersion = api.post(code + "/versions/7/publication", EDITOR, null);

		assertThat(supersededAgain.status()).isEqualTo(409);
		assertThat(supersededAgain.namesField("version")).isTrue();
		assertThat(retireUnderADraft.status()).isEqualTo(409);
		assertThat(retireUnderADraft.text()).contains("publish or withdraw it before retiring");
		assertThat(unknownVersion.status()).isEqualTo(404);
		assertThat(unknownVersion.namesField("version")).isTrue();
		assertThat(api.rows("item_status_change", "swale")).isEqualTo(changes);
	}

	@Test
	void aWithdrawnDraftStaysInTheHistory() {
		String code = createCode("Consultation");
		api.post(code + "/versions/1/publication", EDITOR, null);
		edit(code, 1, "A newer aim nobody agreed.");

		api.post(code + "/versions/2/withdrawal", EDITOR, null);

		assertThat(statuses(api.get(code + "/versions", EDITOR))).containsExactly("PUBLISHED", "WITHDRAWN");
		assertThat(api.get(code + "/versions/2", EDITOR).json().path("content").path("aim").asString())
			.isEqualTo("A newer aim nobody agreed.");
	}

	@Test
	void thePublicReadsOnlyVersionsThatWerePublished() {
		String code = createCode("Consultation");
		api.post(code + "/versions/1/publication", EDITOR, null);
		edit(code, 1, "A draft aim.");

		assertThat(statuses(api.get(code + "/versions", null))).containsExactly("PUBLISHED");
		assertThat(api.get(code + "/versions/2", null).status()).isEqualTo(404);
		assertThat(api.get(code + "/diff?from=1&to=2", null).status()).isEqualTo(404);
		assertThat(api.get(code + "/versions/2", EDITOR).status()).isEqualTo(200);
	}

	@Test
	void theModeIsChosenPerVersionAndShown() {
		String code = createCode("Consultation");
		Map<String, Object> core = Codes.editOf(Codes.consultation("Consultation"), 1);
		core.put("mode", "CORE");

		Answer edited = api.put(code, EDITOR, core);

		assertThat(edited.json().path("mode").asString()).isEqualTo("CORE");
		assertThat(api.get(code + "/versions/1", EDITOR).json().path("mode").asString()).isEqualTo("ADAPTABLE");
		assertThat(api.get(code + "/diff?from=1&to=2", EDITOR).json().path("text").asString()).contains("Mode");
	}

}
