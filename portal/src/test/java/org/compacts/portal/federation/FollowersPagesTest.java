package org.compacts.portal.federation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.compacts.portal.FakeServices;
import org.compacts.servicekit.security.TenantRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.portal.FakeServices.COMPACTS;
import static org.compacts.portal.FakeServices.SYNC;
import static org.compacts.portal.FakeServices.TENANTS;
import static org.compacts.portal.FakeServices.as;
import static org.springframework.test.web.client.ExpectedCount.never;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;

/**
 * The followers page, rendered by the portal; sync-service, compact-service and
 * tenant-service are answered at the HTTP boundary.
 */
@Import({ FakeServices.class, FollowersPagesTest.Now.class })
@WebMvcTest(controllers = FollowersController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.(backend|security|workspace|site\\.Dates|federation)\\..*"))
class FollowersPagesTest {

	static final String PAGE = "/t/kent/workspace/followers";

	static final String OPENNESS = "11111111-1111-1111-1111-111111111111";

	static final String VOLUNTEERING = "22222222-2222-2222-2222-222222222222";

	static final String SWALE_COPY = "33333333-3333-3333-3333-333333333333";

	static final String DOVER_COPY = "44444444-4444-4444-4444-444444444444";

	/** The page's clock: three hours after Kent published Volunteering's version 3. */
	@TestConfiguration
	static class Now {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2027-05-01T12:00:00Z"), ZoneOffset.UTC);
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		backends.reset();
		answer(TENANTS + "/api/tenants", """
				[{"slug":"kent","name":"Kent Partners Compact","level":"COUNTY"},
				 {"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"},
				 {"slug":"dover","name":"Dover District Compact","level":"DISTRICT","parentSlug":"kent"},
				 {"slug":"ashford","name":"Ashford Compact","level":"DISTRICT"}]""");
		answer(TENANTS + "/api/tenants/kent", """
				{"slug":"kent","name":"Kent Partners Compact","level":"COUNTY"}""");
		answer(TENANTS + "/api/tenants/swale", """
				{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}""");
		answer(COMPACTS + "/api/t/kent/principles", "[" + item(OPENNESS, "PRINCIPLE", "Openness", "PUBLISHED", 2, null)
				+ "," + item("55555555-5555-5555-5555-555555555555", "PRINCIPLE", "Half-written", "DRAFT", null, null)
				+ ","
				+ item("66666666-6666-6666-6666-666666666666", "PRINCIPLE", "From national", "PUBLISHED", 1, "national")
				+ "]");
		answer(COMPACTS + "/api/t/kent/codes", "["
				+ item(VOLUNTEERING, "CODE", "<script>alert('x')</script> Volunteering", "PUBLISHED", 3, null) + "]");
		answer(COMPACTS + "/api/t/swale/principles",
				"[" + item(SWALE_COPY, "PRINCIPLE", "Openness", "PUBLISHED", 1, "kent", OPENNESS) + "]");
		answer(COMPACTS + "/api/t/swale/codes", "[]");
		answer(COMPACTS + "/api/t/dover/principles", "[]");
		answer(COMPACTS + "/api/t/dover/codes",
				"[" + item(DOVER_COPY, "CODE", "Volunteering", "PUBLISHED", 4, "kent", VOLUNTEERING) + "]");
		answer(COMPACTS + "/api/t/ashford/principles", "[]");
		answer(COMPACTS + "/api/t/ashford/codes", "[]");
	}

	void followedBySwaleDoverAndAshfordThatStopped() {
		answer(SYNC + "/api/t/kent/sync/followers",
				"""
						{"tenant":"kent","followers":[
						 {"tenant":"ashford","following":false,"items":[
						   %s]},
						 {"tenant":"dover","following":true,"items":[
						   %s, %s]},
						 {"tenant":"swale","following":true,"items":[
						   %s, %s]}]}""".formatted(
						sync(OPENNESS, "PRINCIPLE", 2, 1, "NOT_FOLLOWED", null, "2027-04-01T09:00:00Z", null),
						sync(OPENNESS, "PRINCIPLE", 2, 1, "CONFLICT", null, "2027-04-01T09:00:00Z", "fields: text"),
						sync(VOLUNTEERING, "CODE", 3, 3, "IN_SYNC", "PT1H30M", "2027-05-01T09:00:00Z", null),
						sync(OPENNESS, "PRINCIPLE", 2, 2, "IN_SYNC", "PT2M10S", "2027-04-01T09:00:00Z", null),
						sync(VOLUNTEERING, "CODE", 3, 2, "PENDING", null, "2027-05-01T09:00:00Z", null)));
	}

	@Test
	void eachFollowerIsShownAgainstEachSharedItemWithItsStateVersionsAndLag() throws Exception {
		followedBySwaleDoverAndAshfordThatStopped();

		String page = mvc.get()
			.uri(PAGE)
			.with(as("kent", TenantRole.MEMBER))
			.exchange()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<title>Followers - Kent Partners Compact - Compacts</title>");
		// three followers (one that stopped) by name, times two shared items; a draft and
		// a copy of national's item are not Kent's to share
		assertThat(rows(page)).isEqualTo(6);
		assertThat(page).doesNotContain("Half-written", "From national");
		assertThat(page).containsSubsequence("Ashford Compact", "Not followed", "Dover District Compact", "Conflict",
				"fields: text", "Dover District Compact", "In sync", "took 1 hour 30 minutes", "Swale Compact",
				"In sync", "took 2 minutes", "Swale Compact", "Pending", "3 hours since publication");
		assertThat(page).contains("data-follower=\"swale\" data-state=\"pending\"",
				"data-follower=\"ashford\" data-state=\"not-followed\"", "href=\"/t/swale\"", "href=\"/t/dover\"",
				"href=\"/t/swale/principles/" + SWALE_COPY + "\"", "href=\"/t/dover/codes/" + DOVER_COPY + "\"",
				"3 compacts follow or once followed this compact.", "In sync: 2", "Pending: 1", "Conflict: 1",
				"Not followed: 2");
		backends.verify();
	}

	@Test
	void theFiltersNarrowTheTableToOneFollowerAndOneState() throws Exception {
		followedBySwaleDoverAndAshfordThatStopped();

		String swalePending = mvc.get()
			.uri(PAGE + "?follower=swale&state=pending")
			.with(as("kent", TenantRole.MEMBER))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(rows(swalePending)).isEqualTo(1);
		assertThat(swalePending).contains("data-follower=\"swale\" data-state=\"pending\"",
				"<option value=\"swale\" selected=\"selected\">Swale Compact</option>",
				"<option value=\"pending\" selected=\"selected\">Pending</option>", "data-test=\"clear\"");

		String inSync = mvc.get()
			.uri(PAGE + "?follower=&state=in-sync")
			.with(as("kent", TenantRole.MEMBER))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(rows(inSync)).isEqualTo(2);
		assertThat(inSync).doesNotContain("data-state=\"pending\"", "data-state=\"conflict\"");

		String nothingMatches = mvc.get()
			.uri(PAGE + "?follower=ashford&state=conflict")
			.with(as("kent", TenantRole.MEMBER))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(rows(nothingMatches)).isZero();
		assertThat(nothingMatches).contains("No row matches these filters.");
	}

	@Test
	void onlyTheCopiesOfTheFollowersShownAreRead() {
		followedBySwaleDoverAndAshfordThatStopped();
		backends.expect(never(), requestTo(COMPACTS + "/api/t/dover/codes"));
		backends.expect(never(), requestTo(COMPACTS + "/api/t/ashford/codes"));

		assertThat(mvc.get().uri(PAGE + "?follower=swale").with(as("kent", TenantRole.MEMBER))).hasStatusOk()
			.bodyText()
			.contains("href=\"/t/swale/principles/" + SWALE_COPY + "\"")
			.doesNotContain("/t/dover/codes/");
		backends.verify();
	}

	@Test
	void aFilterValueThatNamesNothingFiltersNothing() {
		followedBySwaleDoverAndAshfordThatStopped();

		assertThat(mvc.get().uri(PAGE + "?follower=hastings&state=<b>").with(as("kent", TenantRole.MEMBER)))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("<b>", "data-test=\"clear\"")
			.satisfies(page -> assertThat(rows(page)).isEqualTo(6));
	}

	@Test
	void aTitleWithScriptInItIsShownEscaped() {
		followedBySwaleDoverAndAshfordThatStopped();

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.MEMBER))).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Volunteering")
			.doesNotContain("<script>alert");
	}

	@Test
	void aCountyNobodyFollowsSaysSo() {
		answer(SYNC + "/api/t/kent/sync/followers", """
				{"tenant":"kent","followers":[]}""");
		backends.expect(never(), requestTo(COMPACTS + "/api/t/kent/codes"));

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.MEMBER))).hasStatusOk()
			.bodyText()
			.contains("data-test=\"no-followers\"", "No compact follows Kent Partners Compact yet.")
			.doesNotContain("data-test=\"filters\"", "data-test=\"followers\"");
		backends.verify();
	}

	@Test
	void aDistrictHasNoFollowersPageAndSyncServiceIsNeverAsked() {
		backends.expect(never(), requestTo(SYNC + "/api/t/swale/sync/followers"));

		assertThat(mvc.get().uri("/t/swale/workspace/followers").with(as("swale", TenantRole.TENANT_ADMIN)))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	@Test
	void aMemberOfAnotherCompactGets404AndSyncServiceIsNeverAsked() {
		backends.expect(never(), requestTo(SYNC + "/api/t/kent/sync/followers"));

		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.doesNotContain("Swale Compact</a>");
		assertThat(mvc.get().uri(PAGE)).hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	static int rows(String page) {
		return page.split("data-test=\"row\"", -1).length - 1;
	}

	void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	static String item(String id, String kind, String title, String status, Integer published, String from) {
		return item(id, kind, title, status, published, from, "99999999-9999-9999-9999-999999999999");
	}

	static String item(String id, String kind, String title, String status, Integer published, String from,
			String fromItem) {
		String content = "PRINCIPLE".equals(kind) ? "{\"title\":%s,\"text\":\"Said.\"}"
				: "{\"title\":%s,\"whyItMatters\":\"W\",\"aim\":\"A\",\"vcsUndertakings\":[],\"subCodes\":[]}";
		return """
				{"id":"%s","kind":"%s","position":1,"version":%d,"status":"%s","mode":"ADAPTABLE","content":%s,
				 "publishedVersion":%s,"latestVersion":%d%s}""".formatted(id, kind, published == null ? 1 : published,
				status, content.formatted(quoted(title)), published, published == null ? 1 : published,
				from == null ? "" : ",\"adoptedFrom\":{\"tenant\":\"%s\",\"itemId\":\"%s\",\"version\":1}"
					.formatted(from, fromItem));
	}

	static String sync(String item, String kind, int upstream, Integer applied, String state, String lag,
			String publishedAt, String detail) {
		return """
				{"sourceTenant":"kent","itemId":"%s","kind":"%s","upstreamVersion":%d,"appliedVersion":%s,"state":"%s",
				 "lag":%s,"publishedAt":"%s","appliedAt":null,"detail":%s}""".formatted(item, kind, upstream, applied,
				state, quoted(lag), publishedAt, quoted(detail));
	}

	static String quoted(String text) {
		return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
