package org.compacts.portal.admin;

import org.compacts.portal.FakeServices;
import org.compacts.servicekit.security.TenantRole;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.portal.FakeServices.TENANTS;
import static org.compacts.portal.FakeServices.as;
import static org.compacts.portal.FakeServices.platformAdmin;
import static org.springframework.test.web.client.ExpectedCount.never;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * The platform admin's pages, rendered by the portal; tenant-service is answered at the
 * HTTP boundary, and what the portal sends it is checked there.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = CompactsAdminController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|admin)\\..*|site\\.Dates)"))
class AdminPagesTest {

	static final String ALL = TENANTS + "/api/tenants?archived=true";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void theRegisterAnswers() {
		backends.reset();
	}

	@Test
	void theListShowsEveryCompactWithItsLevelParentAndStateAndNamesAreEscaped() {
		answerTheRegister();

		MvcTestResult list = mvc.get().uri("/admin/compacts").with(platformAdmin()).exchange();

		assertThat(list).hasStatus(HttpStatus.OK);
		assertThat(list).bodyText()
			.contains("<title>Compacts - Platform admin - Compacts</title>", "data-test=\"admin-link\"",
					"Kent Partners Compact", "Swale Compact", "District", "Standalone",
					"Adopts its parent&#39;s compact as its first compact", "Archived 1 May 2027",
					"href=\"/admin/compacts/swale\"", "href=\"/admin/compacts/swale/archive\"",
					"href=\"/admin/compacts/new\"", "&lt;script&gt;alert(1)&lt;/script&gt; Compact")
			.doesNotContain("<script>alert(1)", "href=\"/admin/compacts/oldtown/archive\"",
					"href=\"/admin/compacts/hounslow\"");
		backends.verify();
	}

	@Test
	void aNewDistrictIsSentWithItsCountyAndChoiceAndTheListSaysItIsCreated() {
		answerTheRegister();
		backends.expect(once(), requestTo(TENANTS + "/api/tenants"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.slug").value("dover"))
			.andExpect(jsonPath("$.name").value("Dover Compact"))
			.andExpect(jsonPath("$.level").value("DISTRICT"))
			.andExpect(jsonPath("$.parentSlug").value("kent"))
			.andExpect(jsonPath("$.adoption").value("ADOPTS_PARENT_AS_FIRST"))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(compact("dover", "Dover Compact", "DISTRICT", "kent", "ADOPTS_PARENT_AS_FIRST", null, 0)));

		MvcTestResult created = mvc.post()
			.uri("/admin/compacts/new")
			.with(platformAdmin())
			.param("name", "Dover Compact")
			.param("slug", " dover ")
			.param("level", "DISTRICT")
			.param("county", "kent")
			// without JavaScript the county's select is shown too: only the chosen
			// level's
			// parent counts
			.param("national", "national")
			.param("adoption", "ADOPTS_PARENT_AS_FIRST")
			.exchange();

		assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/compacts?done=created");
		backends.verify();
	}

	@Test
	void aStandaloneCompactHasNoParentAndKeepsItsOwnWithoutBeingAsked() {
		answerTheRegister();
		backends.expect(once(), requestTo(TENANTS + "/api/tenants"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.level").value("STANDALONE"))
			.andExpect(jsonPath("$.parentSlug").isEmpty())
			.andExpect(jsonPath("$.adoption").value("KEEPS_OWN"))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(compact("ealing", "Ealing Compact", "STANDALONE", null, "KEEPS_OWN", null, 0)));

		assertThat(mvc.post()
			.uri("/admin/compacts/new")
			.with(platformAdmin())
			.param("name", "Ealing Compact")
			.param("slug", "ealing")
			.param("level", "STANDALONE")
			.param("county", "kent")
			.param("national", "")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/compacts?done=created");
		backends.verify();
	}

	@Test
	void aTakenSlugIsNamedAndWhatWasTypedIsKeptEscaped() {
		answerTheRegister();
		backends.expect(once(), requestTo(TENANTS + "/api/tenants"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:conflict","title":"Slug taken","status":409,
						 "detail":"A tenant with the slug 'swale' exists already (perhaps archived); slugs are never reused.",
						 "errors":[{"field":"slug","reason":"is already taken"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri("/admin/compacts/new")
			.with(platformAdmin())
			.param("name", "<script>alert('x')</script>")
			.param("slug", "swale")
			.param("level", "DISTRICT")
			.param("county", "kent")
			.param("adoption", "KEEPS_OWN")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyText()
			.contains("<title>Error: Create a compact", "There is a problem", "href=\"#slug\"",
					"Slug: is already taken", "value=\"swale\"", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
					"<option value=\"kent\" selected=\"selected\"")
			.doesNotContain("<script>alert");
		assertThat(checked(refused, "level")).isEqualTo("DISTRICT");
		assertThat(checked(refused, "adoption")).isEqualTo("KEEPS_OWN");
		backends.verify();
	}

	@Test
	void aBrokenFederationRuleNamesTheParentBesideItsSelect() {
		answerTheRegister();
		backends.expect(once(), requestTo(TENANTS + "/api/tenants"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:rule-broken","title":"Breaks the federation rules","status":400,
					 "detail":"The change would break the rules of the federation graph.",
					 "errors":[{"field":"parentSlug","reason":"a district must have a county as its parent"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri("/admin/compacts/new")
			.with(platformAdmin())
			.param("name", "Dover Compact")
			.param("slug", "dover")
			.param("level", "DISTRICT")
			.param("county", "")
			.param("adoption", "ADOPTS_PARENT_CORE")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#parentSlug\"", "Parent slug: a district must have a county as its parent",
					"name=\"county\" id=\"parentSlug\"", "govuk-select--error", "value=\"Dover Compact\"");
		backends.verify();
	}

	@Test
	void noLevelChosenIsRefusedBeforeTheServiceIsAsked() {
		answerTheRegister();
		backends.expect(never(), requestTo(TENANTS + "/api/tenants"));

		MvcTestResult refused = mvc.post()
			.uri("/admin/compacts/new")
			.with(platformAdmin())
			.param("name", "Dover Compact")
			.param("slug", "dover")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText().contains("href=\"#level\"", "Level: choose the level of the compact");
		backends.verify();
	}

	@Test
	void aChangeSendsIfMatchWithTheNameAndProfileAsTheyAre() throws Exception {
		answerTheRegister();
		answer(TENANTS + "/api/tenants/swale",
				compact("swale", "Swale Compact", "DISTRICT", "kent", "ADOPTS_PARENT_CORE", null, 3));
		backends.expect(once(), requestTo(TENANTS + "/api/tenants/swale"))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header(HttpHeaders.IF_MATCH, "\"3\""))
			.andExpect(jsonPath("$.name").value("Swale Compact"))
			.andExpect(jsonPath("$.area").value("Swale"))
			.andExpect(jsonPath("$.contact").value("compact@swale.example"))
			.andExpect(jsonPath("$.website").value("https://swale.example"))
			.andExpect(jsonPath("$.parentSlug").value("derbyshire"))
			.andExpect(jsonPath("$.adoption").value("KEEPS_OWN"))
			.andRespond(withSuccess(compact("swale", "Swale Compact", "DISTRICT", "derbyshire", "KEEPS_OWN", null, 4),
					MediaType.APPLICATION_JSON));

		String page = mvc.get()
			.uri("/admin/compacts/swale")
			.with(platformAdmin())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("<h1 class=\"govuk-heading-xl\">Change Swale Compact</h1>", "name=\"version\" value=\"3\"",
					"<option value=\"kent\" selected=\"selected\"")
			.doesNotContain("<option value=\"national\"");
		assertThat(Jsoup.parse(page).select("input[name=adoption][checked]").attr("value"))
			.isEqualTo("ADOPTS_PARENT_CORE");

		assertThat(mvc.post()
			.uri("/admin/compacts/swale")
			.with(platformAdmin())
			.param("version", "3")
			.param("parentSlug", "derbyshire")
			.param("adoption", "KEEPS_OWN")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/compacts?done=changed");
		backends.verify();
	}

	@Test
	void aStaleChangeSaysSomeoneChangedItShowsWhatItIsNowAndKeepsTheChoice() {
		answerTheRegister();
		answer(TENANTS + "/api/tenants/swale",
				compact("swale", "Swale Compact", "DISTRICT", "kent", "ADOPTS_PARENT_AS_FIRST", null, 4));
		backends.expect(once(), requestTo(TENANTS + "/api/tenants/swale"))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header(HttpHeaders.IF_MATCH, "\"3\""))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:stale-version","title":"Stale version","status":412,
						 "detail":"Someone changed this since the version you read; it is now at version 4.",
						 "errors":[{"field":"If-Match","reason":"is not the current version"}],"currentVersion":4}"""));

		MvcTestResult stale = mvc.post()
			.uri("/admin/compacts/swale")
			.with(platformAdmin())
			.param("version", "3")
			.param("parentSlug", "kent")
			.param("adoption", "KEEPS_OWN")
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("There is a problem", "Someone changed this compact while you were making your change",
					"data-test=\"current\"", "Adopts its parent&#39;s compact as its first compact",
					"name=\"version\" value=\"4\"")
			.doesNotContain("If-Match");
		assertThat(checked(stale, "adoption")).isEqualTo("KEEPS_OWN");
		backends.verify();
	}

	@Test
	void archivingIsConfirmedFirstThenPosted() throws Exception {
		answerTheRegister();
		answer(TENANTS + "/api/tenants/swale",
				compact("swale", "Swale Compact", "DISTRICT", "kent", "ADOPTS_PARENT_CORE", null, 3));
		backends.expect(once(), requestTo(TENANTS + "/api/tenants/swale/archive"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header(HttpHeaders.IF_MATCH, "\"3\""))
			.andRespond(withSuccess(compact("swale", "Swale Compact", "DISTRICT", "kent", "ADOPTS_PARENT_CORE",
					"2027-06-01T10:00:00Z", 4), MediaType.APPLICATION_JSON));

		String confirm = mvc.get()
			.uri("/admin/compacts/swale/archive")
			.with(platformAdmin())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(confirm).contains("<title>Archive Swale Compact - Platform admin - Compacts</title>",
				"Archive Swale Compact?", "govuk-warning-text", "action=\"/admin/compacts/swale/archive\"",
				"data-test=\"archive\"");

		assertThat(mvc.post().uri("/admin/compacts/swale/archive").with(platformAdmin()).param("version", "3"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/compacts?done=archived");
		backends.verify();
	}

	@Test
	void aCountyWithActiveDistrictsIsNotArchivedAndTheRefusalNamesThem() {
		answerTheRegister();
		answer(TENANTS + "/api/tenants/kent",
				compact("kent", "Kent Partners Compact", "COUNTY", "national", "ADOPTS_PARENT_CORE", null, 2));
		backends.expect(once(), requestTo(TENANTS + "/api/tenants/kent/archive"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:conflict","title":"Cannot be archived yet","status":409,
						 "detail":"The tenant still has children that are not archived.",
						 "errors":[{"field":"children","reason":"an archived tenant cannot be a parent: archive or move swale first"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri("/admin/compacts/kent/archive")
			.with(platformAdmin())
			.param("version", "2")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyText()
			.contains("href=\"#children\"", "Children: an archived tenant cannot be a parent: archive or move swale",
					"id=\"children\"", "Swale Compact");
		backends.verify();
	}

	@Test
	void aTenantAdminGets404OnEveryAdminPageAndTheServiceIsNeverAsked() {
		expectNoCallAtAll();

		for (String page : new String[] { "/admin/compacts", "/admin/compacts/new", "/admin/compacts/kent",
				"/admin/compacts/kent/archive" }) {
			assertThat(mvc.get().uri(page).with(as("kent", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.post()
				.uri(page)
				.with(as("kent", TenantRole.TENANT_ADMIN))
				.param("name", "Taken over")
				.param("slug", "kent")
				.param("level", "COUNTY")
				.param("version", "1")
				.param("adoption", "KEEPS_OWN")).hasStatus(HttpStatus.NOT_FOUND);
		}
		backends.verify();
	}

	@Test
	void anAnonymousVisitorGets404AndAnAnonymousPostIsTurnedAwayUnasked() {
		expectNoCallAtAll();

		for (String page : new String[] { "/admin/compacts", "/admin/compacts/new", "/admin/compacts/kent",
				"/admin/compacts/kent/archive" }) {
			assertThat(mvc.get().uri(page)).hasStatus(HttpStatus.NOT_FOUND);
		}
		// the portal's security asks for a sign-in on any POST first
		assertThat(mvc.post().uri("/admin/compacts/kent/archive")).hasStatus(HttpStatus.UNAUTHORIZED);
		backends.verify();
	}

	/** The value of the radio checked in a group of the page's form. */
	private static String checked(MvcTestResult page, String name) {
		try {
			return Jsoup.parse(page.getResponse().getContentAsString())
				.select("input[type=radio][name=" + name + "][checked]")
				.attr("value");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void expectNoCallAtAll() {
		backends.expect(never(), requestTo(ALL));
		backends.expect(never(), requestTo(TENANTS + "/api/tenants"));
		backends.expect(never(), requestTo(TENANTS + "/api/tenants/kent"));
		backends.expect(never(), requestTo(TENANTS + "/api/tenants/kent/archive"));
	}

	private void answerTheRegister() {
		answer(ALL,
				"[" + String.join(",",
						compact("derbyshire", "Derbyshire Compact", "COUNTY", "national", "ADOPTS_PARENT_CORE", null,
								1),
						compact("hounslow", "Hounslow Compact", "STANDALONE", null, "KEEPS_OWN", null, 1),
						compact("kent", "Kent Partners Compact", "COUNTY", "national", "ADOPTS_PARENT_CORE", null, 2),
						compact("national", "National Compact", "NATIONAL", null, "KEEPS_OWN", null, 1),
						compact("oldtown", "<script>alert(1)</script> Compact", "DISTRICT", "kent",
								"ADOPTS_PARENT_AS_FIRST", "2027-05-01T09:00:00Z", 5),
						compact("swale", "Swale Compact", "DISTRICT", "kent", "ADOPTS_PARENT_CORE", null, 3)) + "]");
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	private static String compact(String slug, String name, String level, String parent, String adoption,
			String archivedAt, long version) {
		String area = slug.substring(0, 1).toUpperCase() + slug.substring(1);
		return """
				{"slug":"%s","name":"%s","level":"%s","parentSlug":%s,"adoption":"%s","area":"%s",
				 "contact":"compact@%s.example","website":"https://%s.example","createdAt":"2027-01-01T09:00:00Z",
				 "archivedAt":%s,"version":%d}""".formatted(slug, name, level,
				parent == null ? "null" : "\"" + parent + "\"", adoption, area, slug, slug,
				archivedAt == null ? "null" : "\"" + archivedAt + "\"", version);
	}

}
