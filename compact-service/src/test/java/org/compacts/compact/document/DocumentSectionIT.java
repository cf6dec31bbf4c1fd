package org.compacts.compact.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each test writes sections of its own (keys or tenants no other test writes), since the
 * test JVM's database is shared by every test class.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class DocumentSectionIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	record Answer(int status, String body, String etag) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Section(String key, String title, String body, long version, String updatedBy) {
	}

	private Answer call(HttpMethod method, String path, String user, Object body, String ifMatch) {
		var request = RestClient.create("http://127.0.0.1:" + port).method(method).uri(path);
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestServers.tokens().accessToken(user));
		}
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		if (body instanceof String json) {
			request.contentType(MediaType.APPLICATION_JSON).body(json);
		}
		else if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange((req, res) -> new Answer(res.getStatusCode().value(), res.bodyTo(String.class),
				res.getHeaders().getETag()));
	}

	private Answer put(String tenant, String key, String user, String title, String body, String ifMatch) {
		return call(HttpMethod.PUT, "/api/t/" + tenant + "/document/sections/" + key, user,
				Map.of("title", title, "body", body), ifMatch);
	}

	private List<Section> sections(String tenant, String user) {
		var request = RestClient.create("http://127.0.0.1:" + port)
			.get()
			.uri("/api/t/{tenant}/document/sections", tenant);
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestServers.tokens().accessToken(user));
		}
		return request.retrieve().body(new ParameterizedTypeReference<List<Section>>() {
		});
	}

	private Section section(String tenant, String key, String user) {
		var request = RestClient.create("http://127.0.0.1:" + port)
			.get()
			.uri("/api/t/{tenant}/document/sections/{key}", tenant, key);
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestServers.tokens().accessToken(user));
		}
		return request.retrieve().body(Section.class);
	}

	/**
	 * What the database holds for a tenant, read through row-level security as the
	 * service's role.
	 */
	private List<Map<String, Object>> rows(String tenant) {
		return transactions.execute(status -> {
			jdbc.queryForObject("SELECT set_config('compacts.tenant', ?, true)", String.class, tenant);
			return jdbc.queryForList("SELECT tenant_id, key, title, body, version FROM document_section ORDER BY key");
		});
	}

	@Test
	void anEditorWritesSectionsAndAnyoneReadsThemInDocumentOrder() {
		Answer monitoring = put("swale", "monitoring-and-review", "sam.editor", "Monitoring & Review",
				"The Swale steering group reviews the compact every year.", null);
		Answer foreword = put("swale", "foreword", "sam.editor", "Foreword",
				"Why Swale's partners signed this compact.", null);

		assertThat(monitoring.status()).isEqualTo(201);
		assertThat(foreword.status()).isEqualTo(201);
		assertThat(foreword.etag()).isEqualTo("\"0\"");

		List<String> keys = sections("swale", null).stream().map(Section::key).toList();
		assertThat(keys).containsSubsequence("foreword", "monitoring-and-review");
		assertThat(keys).isSortedAccordingTo(
				(a, b) -> SectionKey.ofSlug(a).orElseThrow().compareTo(SectionKey.ofSlug(b).orElseThrow()));

		Section read = section("swale", "foreword", null);
		assertThat(read.title()).isEqualTo("Foreword");
		assertThat(read.body()).isEqualTo("Why Swale's partners signed this compact.");
		assertThat(read.updatedBy()).as("the public does not see who wrote it").isNull();
		assertThat(section("swale", "foreword", "alex.champion").updatedBy()).isEqualTo("sam.editor");

		Answer rewritten = put("swale", "foreword", "sam.editor", "Foreword",
				"Why Swale's partners signed this compact, and what they promise.", foreword.etag());
		assertThat(rewritten.status()).isEqualTo(200);
		assertThat(rewritten.etag()).isEqualTo("\"1\"");
		assertThat(section("swale", "foreword", null).body()).endsWith("and what they promise.");
	}

	@Test
	void aSwaleEditorCannotWriteCanterburysSectionsAndSwalesNeverShowUnderCanterbury() {
		String swales = "Swale's own way of settling disputes " + UUID.randomUUID();
		assertThat(put("swale", "compliance-and-resolution", "sam.editor", "Compliance", swales, null).status())
			.isEqualTo(201);
		List<Map<String, Object>> canterburyBefore = rows("canterbury");

		Answer intrusion = put("canterbury", "compliance-and-resolution", "sam.editor", "Compliance", "Intruder", null);

		assertThat(intrusion.status()).isEqualTo(403);
		assertThat(rows("canterbury")).isEqualTo(canterburyBefore);
		assertThat(
				call(HttpMethod.GET, "/api/t/canterbury/document/sections/compliance-and-resolution", null, null, null)
					.status())
			.isEqualTo(404);
		assertThat(sections("canterbury", null)).extracting(Section::body).doesNotContain(swales, "Intruder");
		assertThat(rows("canterbury")).extracting(row -> row.get("body")).doesNotContain(swales);
		assertThat(rows("swale")).extracting(row -> row.get("body")).contains(swales);

		// Canterbury's own editor writes Canterbury's, and it stays there.
		String canterburys = "Canterbury's own way " + UUID.randomUUID();
		assertThat(put("canterbury", "compliance-and-resolution", "chris.canterbury", "Compliance", canterburys, null)
			.status()).isEqualTo(201);
		List<Map<String, Object>> swaleBefore = rows("swale");
		assertThat(put("swale", "compliance-and-resolution", "chris.canterbury", "Compliance", "Intruder", "\"0\"")
			.status()).isEqualTo(403);
		assertThat(rows("swale")).isEqualTo(swaleBefore);
		assertThat(section("swale", "compliance-and-resolution", null).body()).isEqualTo(swales);
		assertThat(section("canterbury", "compliance-and-resolution", null).body()).isEqualTo(canterburys);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndReasonAndNothingChanges() {
		List<Map<String, Object>> before = rows("swale");

		Answer longTitle = put("swale", "implementation", "sam.editor", "T".repeat(201), "body", null);
		Answer blankBody = put("swale", "implementation", "sam.editor", "Implementation", "  ", null);
		Answer longBody = put("swale", "implementation", "sam.editor", "Implementation", "b".repeat(100_001), null);
		Answer noTitle = call(HttpMethod.PUT, "/api/t/swale/document/sections/implementation", "sam.editor",
				"{\"body\":\"b\"}", null);
		Answer notJson = call(HttpMethod.PUT, "/api/t/swale/document/sections/implementation", "sam.editor",
				"{\"title\":", null);
		Answer unknownKey = put("swale", "preface", "sam.editor", "Preface", "body", null);

		assertThat(longTitle.status()).isEqualTo(400);
		assertThat(longTitle.body()).contains("\"field\":\"title\"").contains("size must be between");
		assertThat(blankBody.status()).isEqualTo(400);
		assertThat(blankBody.body()).contains("\"field\":\"body\"").contains("must not be blank");
		assertThat(longBody.status()).isEqualTo(400);
		assertThat(longBody.body()).contains("\"field\":\"body\"").contains("size must be between");
		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.body()).contains("\"field\":\"title\"");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(unknownKey.status()).isEqualTo(404);
		assertThat(unknownKey.body()).contains("\"field\":\"key\"").contains("is not one of foreword, introduction");
		assertThat(call(HttpMethod.GET, "/api/t/swale/document/sections/preface", null, null, null).body())
			.contains("\"field\":\"key\"");
		assertThat(rows("swale")).isEqualTo(before);
	}

	@Test
	void twoEditorsChangingTheSameVersionAtOnceLeaveOneWinnerAndTheLoserIsToldItIsStale() throws Exception {
		Answer created = put("swale", "introduction", "sam.editor", "Introduction", "The first wording.", null);
		assertThat(created.status()).isEqualTo(201);

		CyclicBarrier together = new CyclicBarrier(2);
		List<CompletableFuture<Answer>> edits = new ArrayList<>();
		for (String wording : List.of("Wording A", "Wording B")) {
			edits.add(CompletableFuture.supplyAsync(() -> {
				try {
					together.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return put("swale", "introduction", "sam.editor", "Introduction", wording, created.etag());
			}));
		}
		List<Answer> answers = new ArrayList<>();
		for (CompletableFuture<Answer> edit : edits) {
			answers.add(edit.get());
		}

		assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 412);
		String winner = answers.get(0).status() == 200 ? "Wording A" : "Wording B";
		Section stored = section("swale", "introduction", null);
		assertThat(stored.body()).isEqualTo(winner);
		assertThat(stored.version()).isEqualTo(1);
		assertThat(answers).filteredOn(answer -> answer.status() == 412)
			.singleElement()
			.satisfies(loser -> assertThat(loser.body()).contains("stale-version").contains("now at version 1"));

		Answer blind = put("swale", "introduction", "sam.editor", "Introduction", "Blind overwrite", null);
		assertThat(blind.status()).isEqualTo(428);
		assertThat(section("swale", "introduction", null).body()).isEqualTo(winner);
	}

	@Test
	void aVersionNamedForASectionNotWrittenYetIsStale() {
		List<Map<String, Object>> before = rows("canterbury");

		Answer answer = put("canterbury", "foreword", "chris.canterbury", "Foreword", "text", "\"3\"");

		assertThat(answer.status()).isEqualTo(412);
		assertThat(rows("canterbury")).isEqualTo(before);
	}

	@Test
	void anAnonymousWriteIsRefusedAndNothingChanges() {
		List<Map<String, Object>> before = rows("swale");

		Answer anonymous = put("swale", "monitoring-and-review", null, "Monitoring", "Anyone's words", null);

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(rows("swale")).isEqualTo(before);
	}

}
