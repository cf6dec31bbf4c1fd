package org.compacts.portal.site;

import java.nio.charset.StandardCharsets;

import org.compacts.portal.FakeServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.portal.FakeServices.COMPACTS;
import static org.compacts.portal.FakeServices.TENANTS;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * The public site's pages, rendered by the portal with its own security, caching and
 * templates; tenant-service and compact-service are answered at the HTTP boundary with
 * what they send (the e2e tests run the real services).
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = { SiteController.class, PdfController.class }, includeFilters = @ComponentScan.Filter(
		type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|site|security|workspace)\\..*|success\\.ItemCaseStudies)"))
class PublicSiteTest {

	static final String KENT_CODE = "11111111-1111-1111-1111-111111111111";

	static final String SWALE_CODE = "22222222-2222-2222-2222-222222222222";

	static final String SWALE_OWN = "33333333-3333-3333-3333-333333333333";

	static final String KENT_PRINCIPLE = "44444444-4444-4444-4444-444444444444";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void theServicesAnswer() throws Exception {
		backends.reset();
		answer(TENANTS + "/api/tenants",
				"""
						[{"slug":"national","name":"National Compact","level":"NATIONAL","adoption":"KEEPS_OWN","area":"England"},
						 {"slug":"kent","name":"Kent Partners Compact","level":"COUNTY","parentSlug":"national","adoption":"ADOPTS_PARENT_CORE","area":"Kent"},
						 {"slug":"derbyshire","name":"Derbyshire Compact","level":"COUNTY","parentSlug":"national","adoption":"ADOPTS_PARENT_CORE","area":"Derbyshire"},
						 {"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent","adoption":"ADOPTS_PARENT_CORE","area":"Swale"},
						 {"slug":"canterbury","name":"Canterbury Compact","level":"DISTRICT","parentSlug":"kent","adoption":"ADOPTS_PARENT_CORE","area":"Canterbury"},
						 {"slug":"south-derbyshire","name":"South Derbyshire Compact","level":"DISTRICT","parentSlug":"derbyshire","adoption":"ADOPTS_PARENT_CORE","area":"South Derbyshire"},
						 {"slug":"hounslow","name":"Hounslow Compact","level":"STANDALONE","adoption":"KEEPS_OWN","area":"London Borough of Hounslow"}]""");
		answer(TENANTS + "/api/tenants/kent",
				"""
						{"slug":"kent","name":"Kent Partners Compact","level":"COUNTY","parentSlug":"national","adoption":"ADOPTS_PARENT_CORE","area":"Kent"}""");
		answer(TENANTS + "/api/tenants/swale",
				"""
						{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent","adoption":"ADOPTS_PARENT_CORE","area":"Swale"}""");
		answer(COMPACTS + "/api/t/kent/document",
				"""
						{"foreword":{"title":"Foreword","body":"Working *together*.\\n\\n<script>alert('x')</script>\\n\\n[a trap](javascript:alert(1)) and [the partnership](https://www.kentpartnership.org.uk)"},
						 "implementation":{"title":"Implementation","body":"Local action plans."},
						 "glossary":[{"term":"VCS","meaning":"voluntary and community sector"},{"term":"Compact","meaning":"a written agreement"}],
						 "contacts":[{"name":"Sarah Williams","email":"sarah@example.org","phone":"01795 473828"}]}""");
		answer(COMPACTS + "/api/t/kent/principles", "[" + principle(KENT_PRINCIPLE, "Openness", null) + "]");
		answer(COMPACTS + "/api/t/kent/codes",
				"[" + code(KENT_CODE, "Consultation", "Better consultation.", "[]", 2, null) + "]");
		answer(COMPACTS + "/api/t/swale/document", """
				{"glossary":[],"contacts":[]}""");
		answer(COMPACTS + "/api/t/swale/principles", "[]");
		answer(COMPACTS + "/api/t/swale/codes",
				"[" + code(SWALE_CODE, "Consultation", "Consultation that reaches Sheppey too.",
						"[{\"title\":\"Island communities\",\"text\":\"Meet on the island.\"}]", 1,
						"{\"tenant\":\"kent\",\"itemId\":\"" + KENT_CODE + "\",\"version\":2}") + ","
						+ code(SWALE_OWN, "Swale's Volunteering", "More volunteers.", "[]", 1, null) + "]");
		answer(COMPACTS + "/api/t/kent/codes/" + KENT_CODE + "/versions/2", """
				{"number":2,"status":"PUBLISHED","mode":"ADAPTABLE","content":%s,
				 "statusChanges":[{"status":"PUBLISHED","at":"2027-03-12T10:00:00Z"}]}"""
			.formatted(content("Consultation", "Better consultation.", "[]")));
		answer(COMPACTS + "/api/t/kent/codes/" + KENT_CODE + "/versions",
				"""
						[{"number":1,"status":"SUPERSEDED","mode":"ADAPTABLE","content":%s,
						  "statusChanges":[{"status":"PUBLISHED","at":"2027-01-05T10:00:00Z"},{"status":"SUPERSEDED","at":"2027-03-12T10:00:00Z"}]},
						 {"number":2,"status":"PUBLISHED","mode":"ADAPTABLE","content":%s,
						  "statusChanges":[{"status":"PUBLISHED","at":"2027-03-12T10:00:00Z"}]}]"""
					.formatted(content("Consultation", "Consultation.", "[]"),
							content("Consultation", "Better consultation.", "[]")));
		answer(COMPACTS + "/api/t/kent/codes/" + KENT_CODE + "/diff?from=1&to=2",
				"""
						{"diff":{"from":1,"to":2,"changes":[
						  {"field":"Aim","kind":"CHANGED","before":"Consultation.","after":"Better consultation.",
						   "wordChanges":[{"kind":"ADDED","words":"Better"},{"kind":"REMOVED","words":"Consultation."},{"kind":"ADDED","words":"consultation."}]},
						  {"field":"Public sector undertakings","kind":"ADDED","after":"Consult for <b>12</b> weeks.","wordChanges":[]}]},
						 "text":"Changes from v1 to v2"}""");
		answer(COMPACTS + "/api/t/kent/principles/" + KENT_PRINCIPLE + "/versions",
				"""
						[{"number":1,"status":"PUBLISHED","mode":"CORE","content":{"title":"Openness","text":"We will be open."},
						  "statusChanges":[{"status":"PUBLISHED","at":"2027-01-05T10:00:00Z"}]}]""");
		answer(COMPACTS + "/api/t/kent/document/sections", """
				[{"key":"foreword","title":"Foreword","body":"...","updatedAt":"2027-01-04T10:00:00Z"}]""");
		answer(COMPACTS + "/api/t/kent/organisations", """
				[{"id":"55555555-5555-5555-5555-555555555555","name":"Kent County Council","sector":"PUBLIC"},
				 {"id":"66666666-6666-6666-6666-666666666666","name":"Kent CAN","sector":"VCS"}]""");
		answer(COMPACTS + "/api/t/kent/signatures", """
				[{"organisationId":"55555555-5555-5555-5555-555555555555","signedOn":"2008-04-01","principles":true,
				  "codes":["%s"],"signedAs":"PARTNERSHIP","withdrawn":false}]""".formatted(KENT_CODE));
		answer(COMPACTS + "/api/t/kent/case-studies?itemId=" + KENT_CODE, """
				[{"id":"77777777-7777-7777-7777-777777777777","title":"Commissioners meet the sector",
				  "story":"...","organisations":[{"name":"Kent CAN"}],"state":"PUBLIC","version":2}]""");
		backends
			.expect(ExpectedCount.between(0, 50),
					requestTo(org.hamcrest.Matchers.containsString("/case-studies?itemId=")))
			.andRespond(withSuccess("[]", MediaType.APPLICATION_JSON));
		backends.expect(ExpectedCount.manyTimes(), requestTo(TENANTS + "/api/tenants/nowhere"))
			.andRespond(withStatus(HttpStatus.NOT_FOUND));
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	private static String principle(String id, String title, String adoptedFrom) {
		return """
				{"id":"%s","kind":"PRINCIPLE","position":0,"version":1,"status":"PUBLISHED","mode":"CORE",
				 "content":{"title":"%s","text":"We will be open."},"publishedVersion":1,"latestVersion":1%s}"""
			.formatted(id, title, adoptedFrom == null ? "" : ",\"adoptedFrom\":" + adoptedFrom);
	}

	private static String code(String id, String title, String aim, String subCodes, int version, String adoptedFrom) {
		return """
				{"id":"%s","kind":"CODE","position":0,"version":%d,"status":"PUBLISHED","mode":"ADAPTABLE",
				 "content":%s,"publishedVersion":%d,"latestVersion":%d%s}""".formatted(id, version,
				content(title, aim, subCodes), version, version,
				adoptedFrom == null ? "" : ",\"adoptedFrom\":" + adoptedFrom);
	}

	private static String content(String title, String aim, String subCodes) {
		return """
				{"title":"%s","whyItMatters":"It relates specifically to consultation with the VCS.","aim":"%s",
				 "vcsUndertakings":["Sharing information on consultations"],
				 "publicSectorUndertakings":["12 weeks consultation as per the national standard"],
				 "allPartnersCommitments":["Use language that is simple and clear"],
				 "caseStudies":["Learning Strategy in Swale"],"subCodes":%s,
				 "measurableCommitments":[{"name":"minimum consultation period","kind":"MINIMUM","quantity":{"amount":8,"unit":"weeks"}}]}"""
			.formatted(title, aim, subCodes);
	}

	private String page(String path) throws Exception {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theAnonymousReadOfACompactsDocumentIsAskedForAgainWithItsEtagAndA304ReusesIt() throws Exception {
		answer(TENANTS + "/api/tenants/derbyshire",
				"""
						{"slug":"derbyshire","name":"Derbyshire Compact","level":"COUNTY","parentSlug":"national","adoption":"ADOPTS_PARENT_CORE","area":"Derbyshire"}""");
		answer(COMPACTS + "/api/t/derbyshire/principles", "[]");
		answer(COMPACTS + "/api/t/derbyshire/codes", "[]");
		backends.expect(ExpectedCount.once(), requestTo(COMPACTS + "/api/t/derbyshire/document"))
			.andExpect(headerDoesNotExist(HttpHeaders.IF_NONE_MATCH))
			.andRespond(withSuccess(
					"""
							{"foreword":{"title":"Foreword","body":"Derbyshire works together."},"glossary":[],"contacts":[]}""",
					MediaType.APPLICATION_JSON)
				.header(HttpHeaders.ETAG, "\"p7-abc\""));
		backends.expect(ExpectedCount.manyTimes(), requestTo(COMPACTS + "/api/t/derbyshire/document"))
			.andExpect(header(HttpHeaders.IF_NONE_MATCH, "\"p7-abc\""))
			.andRespond(withStatus(HttpStatus.NOT_MODIFIED));

		String first = page("/t/derbyshire/sections/foreword");
		String again = page("/t/derbyshire/sections/foreword");

		assertThat(first).contains("Derbyshire works together.");
		assertThat(again).contains("Derbyshire works together.");
	}

	@Test
	void theHomePageGroupsEachCountyWithItsDistrictsThenNationalThenStandalone() throws Exception {
		String home = page("/");

		assertThat(home).containsSubsequence("data-county=\"derbyshire\"", "South Derbyshire Compact",
				"data-county=\"kent\"", "Canterbury Compact", "Swale Compact", "National", "National Compact",
				"Standalone", "Hounslow Compact");
		assertThat(home).contains("<form method=\"get\" action=\"/\"", "name=\"q\"");
	}

	@Test
	void aSearchByAreaKeepsTheDistrictFoundUnderItsCounty() throws Exception {
		String found = page("/?q=sheppey");
		String swale = page("/?q=SWALE");

		assertThat(found).contains("No compact has that name or covers that area.");
		assertThat(swale).contains("1 compact matches", "data-county=\"kent\"", "Swale Compact")
			.doesNotContain("Canterbury Compact", "Hounslow Compact", "Derbyshire Compact");
	}

	@Test
	void scriptAndUnsafeLinksInProseAreShownAsTextNotRun() throws Exception {
		String foreword = page("/t/kent/sections/foreword");

		assertThat(foreword).contains("<em>together</em>", "&lt;script&gt;alert('x')&lt;/script&gt;",
				"href=\"https://www.kentpartnership.org.uk\"");
		assertThat(foreword).doesNotContain("<script>alert", "javascript:");
	}

	@Test
	void aDistrictsCopyOfACountyCodeSaysWhereItCameFromAndWhatItChanged() throws Exception {
		String code = page("/t/swale/codes/" + SWALE_CODE);

		assertThat(code).contains(
				"Adopted from <a class=\"govuk-link\" href=\"/t/kent/codes/" + KENT_CODE
						+ "\">Kent Partners Compact</a>, version <span>2</span>",
				"published <time datetime=\"2027-03-12\">12 March 2027</time>");
		assertThat(code).contains("Amended locally: <span>Aim</span>",
				"Local supplements: <span>Island communities</span>", "Swale Compact&#39;s own");
	}

	@Test
	void aDistrictsOwnCodeIsMarkedAsItsOwn() throws Exception {
		String own = page("/t/swale/codes/" + SWALE_OWN);

		assertThat(own).contains("data-test=\"own\"", "A local supplement").doesNotContain("Adopted from");
	}

	@Test
	void aCodeIsLaidOutAsTheKentDraftLaysOutEveryCode() throws Exception {
		String code = page("/t/kent/codes/" + KENT_CODE);

		assertThat(code).containsSubsequence("<h1", "Consultation", "</h1>", "Why it matters", "Aim",
				"What the voluntary and community sector undertakes", "Sharing information on consultations",
				"What the public sector undertakes", "All partners agree to be mindful of or develop",
				"Measurable commitments", "minimum consultation period (minimum: 8 weeks)", "Case study",
				"Learning Strategy in Swale");
		assertThat(code).containsSubsequence("rel=\"prev\"", "Openness", "rel=\"next\"", "Implementation");
		assertThat(code).contains("Followed by", "href=\"/t/swale\"", "href=\"/t/canterbury\"");
		assertThat(code).doesNotContain("Adopted from");
		assertThat(code).containsSubsequence("<h2 class=\"govuk-heading-m\">Case studies</h2>",
				"href=\"/t/kent/case-studies/77777777-7777-7777-7777-777777777777\"", "Commissioners meet the sector",
				"(Kent CAN)");
	}

	@Test
	void theContentsListEveryPageInReadingOrderAndTheCompactsThatFollow() throws Exception {
		String contents = page("/t/kent");

		assertThat(contents).containsSubsequence("Foreword", "Openness", "Consultation", "Implementation");
		assertThat(contents).contains("Compacts that follow this one", "Swale Compact", "Canterbury Compact",
				"/t/kent/compact.pdf", "/t/kent/changes.atom");
		assertThat(contents.split("<h1", -1)).hasSize(2);
	}

	@Test
	void anItemsHistoryShowsEachPublishedVersionWithWhatChanged() throws Exception {
		String history = page("/t/kent/codes/" + KENT_CODE + "/history");

		assertThat(history).containsSubsequence("Version <span>2</span>", "12 March 2027", "in force", "Aim",
				"<ins><span class=\"govuk-visually-hidden\">added: </span><span>Better</span></ins>",
				"<del><span class=\"govuk-visually-hidden\">removed: </span><span>Consultation.</span></del>",
				"Consult for &lt;b&gt;12&lt;/b&gt; weeks.", "Version <span>1</span>", "5 January 2027", "superseded",
				"The first published version.");
	}

	@Test
	void recentChangesAreAPageAndAnAtomFeed() throws Exception {
		String changes = page("/t/kent/changes");
		MvcTestResult feed = mvc.get().uri("/t/kent/changes.atom").exchange();

		assertThat(changes).containsSubsequence("12 March 2027", "Code of practice published, version 2",
				"5 January 2027", "4 January 2027", "Section updated");
		assertThat(feed).hasStatusOk().hasContentTypeCompatibleWith("application/atom+xml");
		assertThat(feed.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(
				"<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<updated>2027-03-12T10:00:00Z</updated>",
				"Consultation: Code of practice published, version 2");
	}

	@Test
	void signatoriesAreListedBySectorWithWhatTheySignedAndWhen() throws Exception {
		String signatories = page("/t/kent/signatories");

		assertThat(signatories).containsSubsequence("Public sector", "Kent County Council",
				"the principles and the Consultation code", "1 April 2008", "Voluntary and community sector",
				"Kent CAN", "Not signed yet");
	}

	@Test
	void theGlossaryIsAToZ() throws Exception {
		String glossary = page("/t/kent/glossary");

		assertThat(glossary).containsSubsequence("href=\"#letter-C\"", "href=\"#letter-V\"", "id=\"letter-C\"",
				"Compact", "id=\"letter-V\"", "VCS");
	}

	@Test
	void theWholeCompactIsAPdfFromTheSameTemplates() throws Exception {
		MvcTestResult pdf = mvc.get().uri("/t/swale/compact.pdf").exchange();

		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");
	}

	@Test
	void aPublicPageAnswersAConditionalGetWith304() {
		MvcTestResult first = mvc.get().uri("/t/kent/glossary").exchange();
		String etag = first.getResponse().getHeader("ETag");

		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=60, must-revalidate");
		assertThat(mvc.get().uri("/t/kent/glossary").header("If-None-Match", etag).exchange())
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

	@Test
	void anUnknownCompactIs404() {
		assertThat(mvc.get().uri("/t/nowhere").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

}
