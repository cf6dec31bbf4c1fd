package org.compacts.portal.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.compacts.portal.FakeServices;
import org.compacts.servicekit.security.TenantRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.response.DefaultResponseCreator;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.portal.FakeServices.COMPACTS;
import static org.compacts.portal.FakeServices.TENANTS;
import static org.compacts.portal.FakeServices.as;
import static org.springframework.test.web.client.ExpectedCount.never;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

/**
 * The workspace's indicator pages: the list with each one's latest reading and RAG, an
 * indicator with its readings, and the forms that define one and add a reading, as
 * Swale's editors and members meet them.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = IndicatorsController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|indicator)\\..*|site\\.Dates)"))
class IndicatorPagesTest {

	static final String AWARENESS = "7a1e0000-0000-4000-8000-000000000001";

	static final String CONSULTATION = "7a1e0000-0000-4000-8000-000000000002";

	static final String FUNDING = "c0de0000-0000-4000-8000-000000000001";

	static final String RESPECT = "9a1e0000-0000-4000-8000-000000000001";

	static final String PAGE = "/t/swale/workspace/indicators";

	static final String API = COMPACTS + "/api/t/swale";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		FakeServices.kentAndSwale(backends);
		answer(TENANTS + "/api/tenants/swale", """
				{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}""");
		answer(API + "/principles", """
				[{"id":"%s","kind":"PRINCIPLE","version":1,"status":"PUBLISHED","content":{"title":"Respect"}}]"""
			.formatted(RESPECT));
		answer(API + "/codes", """
				[{"id":"%s","kind":"CODE","version":2,"status":"PUBLISHED","content":{"title":"Funding"},
				  "adoptedFrom":{"tenant":"kent","itemId":"c0de0000-0000-4000-8000-0000000000ff","version":2}}]"""
			.formatted(FUNDING));
	}

	@Test
	void theListShowsEachIndicatorsLatestReadingTargetAndRagInWords() {
		answer(API + "/indicators",
				"[" + listed(AWARENESS, "Organisations aware <script>x</script>", "AMBER",
						"{\"on\":\"2027-03-01\",\"value\":52}") + ","
						+ listed(CONSULTATION, "Consultations of 12 weeks", "NONE", "null") + "]");

		MvcTestResult editors = mvc.get().uri(PAGE).with(as("swale", TenantRole.EDITOR)).exchange();

		assertThat(editors).hasStatus(HttpStatus.OK);
		assertThat(editors).bodyText()
			.contains("<title>Performance indicators - Swale Compact - Compacts</title>",
					"<h1 class=\"govuk-heading-xl\">Performance indicators</h1>",
					"Organisations aware &lt;script&gt;x&lt;/script&gt;", "52%", "1 March 2027", "60%", "31 March 2028",
					"class=\"govuk-tag govuk-tag--orange\" data-test=\"rag\">Amber</strong>",
					"class=\"govuk-tag govuk-tag--grey\" data-test=\"rag\">No readings</strong>", "None yet",
					"href=\"/t/swale/workspace/indicators/" + AWARENESS + "\"", "data-test=\"new-indicator\"",
					"govuk-service-navigation__item--active")
			.doesNotContain("<script>x");

		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.MEMBER))).bodyText()
			.contains("Consultations of 12 weeks")
			.doesNotContain("data-test=\"new-indicator\"");
	}

	@Test
	void anIndicatorShowsItsDefinitionRagExpectedValueLinksAndReadingsNewestFirst() throws Exception {
		answer(API + "/indicators/" + AWARENESS, indicator(3, "AMBER"));

		MvcTestResult editors = mvc.get()
			.uri(PAGE + "/" + AWARENESS + "?done=reading")
			.with(as("swale", TenantRole.EDITOR))
			.exchange();

		assertThat(editors).hasStatus(HttpStatus.OK);
		String page = editors.getResponse().getContentAsString();
		assertThat(page).contains("<h1 class=\"govuk-heading-xl\">Organisations aware of the compact</h1>",
				"The reading is added.", ">Amber</strong>", "data-test=\"expected\">55.26%</span>", "40% on",
				"1 April 2026", "Higher is better", "Up to 5% behind the line to the target", "Shared with the county",
				"href=\"/t/swale/workspace/codes/" + FUNDING + "\">Funding code (from Kent)</a>",
				"Respect (principle)</a>", "After the awareness week &lt;b&gt;", "data-test=\"reading-form\"",
				"name=\"version\" value=\"3\"", "name=\"date.day\"", "data-test=\"edit\"",
				"<title>Organisations aware of the compact - Performance indicators - Swale Compact - Compacts</title>",
				"role=\"img\" aria-labelledby=\"sparkline-description\"", "viewBox=\"0 0 600 160\"",
				"points=\"10.0,115.0 155.4,94.0 275.4,66.0\"",
				"3 readings, from 45% on 1 April 2026 to 52% on 1 March 2027, against the line from the baseline, 40% on 1 April 2026, to the target, 60% on 31 March 2028.")
			.doesNotContain("<b>");
		assertThat(page.split("<h1").length).isEqualTo(2);
		assertThat(page.indexOf("1 March 2027</time></td>")).isLessThan(page.indexOf("1 October 2026</time></td>"));
		assertThat(page.indexOf("1 October 2026</time></td>")).isLessThan(page.indexOf("1 April 2026</time></td>"));

		assertThat(mvc.get().uri(PAGE + "/" + AWARENESS).with(as("swale", TenantRole.MEMBER))).bodyText()
			.contains("Funding code (from Kent)", "55.26%")
			.doesNotContain("data-test=\"reading-form\"", "data-test=\"edit\"", "The reading is added.");
	}

	@Test
	void anIndicatorWithoutReadingsSaysSoAndDrawsNoChart() {
		answer(API + "/indicators/" + CONSULTATION, listed(CONSULTATION, "Consultations of 12 weeks", "NONE", "null"));

		assertThat(mvc.get().uri(PAGE + "/" + CONSULTATION).with(as("swale", TenantRole.MEMBER))).bodyText()
			.contains(">No readings</strong>", "nothing is recorded yet", "No reading is recorded yet.")
			.doesNotContain("data-test=\"sparkline\"", "data-test=\"readings\"");
	}

	@Test
	void aNewIndicatorIsSentAsTheContractSaysAndItsPageSaysItIsAdded() {
		backends.expect(once(), requestTo(API + "/indicators"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(headerDoesNotExist("If-Match"))
			.andExpect(jsonPath("$.name").value("Organisations aware of the compact"))
			.andExpect(jsonPath("$.unit").value("%"))
			.andExpect(jsonPath("$.baseline.value").value(40))
			.andExpect(jsonPath("$.baseline.on").value("2026-04-01"))
			.andExpect(jsonPath("$.target.value").value(1250.5))
			.andExpect(jsonPath("$.target.on").value("2028-03-31"))
			.andExpect(jsonPath("$.direction").value("HIGHER_IS_BETTER"))
			.andExpect(jsonPath("$.tolerance").value(5))
			.andExpect(jsonPath("$.visibility").value("PUBLIC"))
			.andExpect(jsonPath("$.itemIds[0]").value(FUNDING))
			.andExpect(jsonPath("$.itemIds.length()").value(1))
			.andRespond(
					withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(indicator(0, "NONE")));

		assertThat(mvc.get().uri(PAGE + "/new").with(as("swale", TenantRole.EDITOR))).bodyText()
			.contains("<title>Add an indicator - Swale Compact - Compacts</title>", "name=\"baselineDate.day\"",
					"id=\"targetDate-year\"", "id=\"direction\"", "value=\"LOWER_IS_BETTER\"",
					"id=\"visibility\" value=\"COUNTY\" checked", "Funding code (from Kent)", "Respect (principle)",
					"value=\"" + FUNDING + "\"");

		assertThat(define(PAGE, null, "targetValue", " 1,250.5 ", "visibility", "PUBLIC")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + AWARENESS + "?done=added");
		backends.verify();
	}

	@Test
	void aRefusedIndicatorNamesTheFieldsAsTheFormDoesAndKeepsWhatWasTypedEscaped() {
		backends.expect(once(), requestTo(API + "/indicators"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(problem(HttpStatus.BAD_REQUEST, "The request has fields that are not valid.", """
					[{"field":"target.on","reason":"must be after the baseline date"},
					 {"field":"direction","reason":"must not be null"},
					 {"field":"itemIds[0]","reason":"is not a principle or code of this compact"}]"""));

		MvcTestResult refused = define(PAGE, null, "name", "<script>alert('x')</script>", "targetDate.day", "1",
				"targetDate.month", "4", "targetDate.year", "2025", "direction", null);

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("<title>Error: Add an indicator", "href=\"#targetDate\"",
					"Target date: must be after the baseline date", "href=\"#direction\"",
					"Direction: must not be null", "href=\"#principlesAndCodes\"",
					"Principles and codes: is not a principle or code of this compact", "value=\"2025\"",
					"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "id=\"principlesAndCodes-1\" checked")
			.doesNotContain("<script>alert");
		backends.verify();
	}

	@Test
	void aBadNumberOrDayIsRefusedByThePortalNamingEachFieldAndNothingIsSent() {
		backends.expect(never(), requestTo(API + "/indicators")).andExpect(method(HttpMethod.POST));

		MvcTestResult refused = define(PAGE, null, "baselineValue", "forty", "baselineDate.day", "30",
				"baselineDate.month", "2", "tolerance", "5%");

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#baselineValue\"", "Baseline value: must be a number", "href=\"#baselineDate\"",
					"Baseline date: must be a real date", "href=\"#tolerance\"", "Tolerance: must be a number",
					"value=\"forty\"", "value=\"5%\"", "value=\"30\"");
		backends.verify();
	}

	@Test
	void aNameTheCompactHasAlreadyIsAConflictNamingTheName() {
		backends.expect(once(), requestTo(API + "/indicators"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(problem(HttpStatus.CONFLICT, "This compact already has an indicator of that name.", """
					[{"field":"name","reason":"is already an indicator of this compact"}]"""));

		MvcTestResult refused = define(PAGE, null);

		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyText()
			.contains("href=\"#name\"", "Name: is already an indicator of this compact",
					"value=\"Organisations aware of the compact\"")
			.doesNotContain("What it says now");
		backends.verify();
	}

	@Test
	void anIndicatorIsChangedFromTheVersionTheEditorSaw() {
		answer(API + "/indicators/" + AWARENESS, indicator(3, "AMBER"));
		backends.expect(once(), requestTo(API + "/indicators/" + AWARENESS))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"3\""))
			.andExpect(jsonPath("$.name").value("Organisations that know the compact"))
			.andExpect(jsonPath("$.baseline.value").value(40))
			.andExpect(jsonPath("$.target.on").value("2028-03-31"))
			.andExpect(jsonPath("$.itemIds[0]").value(FUNDING))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body(indicator(4, "AMBER")));

		assertThat(mvc.get().uri(PAGE + "/" + AWARENESS + "/edit").with(as("swale", TenantRole.EDITOR))).bodyText()
			.contains("<title>Change Organisations aware of the compact - Swale Compact", "Change the indicator",
					"name=\"version\" value=\"3\"", "value=\"Organisations aware of the compact\"",
					"id=\"baselineValue\" name=\"baselineValue\"", "value=\"40\"", "value=\"2028\"",
					"id=\"direction\" value=\"HIGHER_IS_BETTER\" checked");

		assertThat(define(PAGE + "/" + AWARENESS, 3L, "name", "Organisations that know the compact"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + AWARENESS + "?done=saved");
		backends.verify();
	}

	@Test
	void aStaleChangeShowsWhatItSaysNowKeepsWhatWasTypedAndTheNextSaveStartsFromIt() {
		answer(API + "/indicators/" + AWARENESS, indicator(4, "AMBER").replace("\"tolerance\":5", "\"tolerance\":7.5"));
		backends.expect(once(), requestTo(API + "/indicators/" + AWARENESS))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"3\""))
			.andRespond(stale(4));

		MvcTestResult stale = define(PAGE + "/" + AWARENESS, 3L, "name", "Organisations that know the compact");

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("Someone changed this since the version you read; it is now at version 4.", "What it says now",
					"amber within 7.5%", "value=\"Organisations that know the compact\"",
					"name=\"version\" value=\"4\"")
			.doesNotContain("If-match:");
		backends.verify();
	}

	@Test
	void aReadingIsSentWithTheIndicatorsVersionAndThePageSaysItIsAdded() {
		backends.expect(once(), requestTo(API + "/indicators/" + AWARENESS + "/readings"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("If-Match", "\"3\""))
			.andExpect(jsonPath("$.on").value("2027-03-31"))
			.andExpect(jsonPath("$.value").value(-2.25))
			.andExpect(jsonPath("$.note").value("After the awareness week"))
			.andExpect(jsonPath("$.source").doesNotExist())
			.andRespond(
					withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(indicator(4, "RED")));

		assertThat(reading(3L, "31", "-2.25")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + AWARENESS + "?done=reading");
		backends.verify();
	}

	@Test
	void aSecondReadingOnOneDayIsAConflictNamingTheDate() {
		answer(API + "/indicators/" + AWARENESS, indicator(3, "AMBER"));
		backends.expect(once(), requestTo(API + "/indicators/" + AWARENESS + "/readings"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(problem(HttpStatus.CONFLICT, "The indicator has a reading on that day already.", """
					[{"field":"on","reason":"has a reading already"}]"""));

		MvcTestResult refused = reading(3L, "1", "53");

		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyText()
			.contains("<title>Error: Organisations aware of the compact", "href=\"#date\"",
					"Date: has a reading already", "value=\"53\"", "value=\"After the awareness week\"");
		backends.verify();
	}

	@Test
	void aReadingOnAStaleIndicatorShowsItAsItIsNowAndKeepsWhatWasTyped() {
		answer(API + "/indicators/" + AWARENESS, indicator(5, "GREEN"));
		backends.expect(once(), requestTo(API + "/indicators/" + AWARENESS + "/readings"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("If-Match", "\"3\""))
			.andRespond(stale(5));

		MvcTestResult stale = reading(3L, "31", "53");

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("it is now at version 5.", ">Green</strong>", "name=\"version\" value=\"5\"", "value=\"53\"");
		backends.verify();
	}

	@Test
	void aBadReadingIsRefusedByThePortalAndNothingIsSent() {
		answer(API + "/indicators/" + AWARENESS, indicator(3, "AMBER"));
		backends.expect(never(), requestTo(API + "/indicators/" + AWARENESS + "/readings"));

		MvcTestResult refused = reading(3L, "32", "1.2.3");

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#date\"", "Date: must be a real date", "href=\"#value\"", "Value: must be a number",
					"value=\"1.2.3\"");
		backends.verify();
	}

	@Test
	void aMemberWithoutTheEditorRoleSeesNoFormAndIsRefusedBeforeTheServiceIsAsked() {
		nothingIsWritten();

		assertThat(mvc.get().uri(PAGE + "/new").with(as("swale", TenantRole.MEMBER))).bodyText()
			.contains("Add an indicator")
			.doesNotContain("data-test=\"indicator-form\"");
		assertThat(everyPostAs(as("swale", TenantRole.MEMBER))).containsOnly(403);
		assertThat(everyPostAs(as("swale", TenantRole.CHAMPION))).containsOnly(403);
		backends.verify();
	}

	@Test
	void aMemberOfAnotherCompactGets404AndSwaleIsNeverAsked() {
		nothingIsWritten();
		backends.expect(never(), requestTo(API + "/indicators")).andExpect(method(HttpMethod.GET));
		backends.expect(never(), requestTo(API + "/indicators/" + AWARENESS)).andExpect(method(HttpMethod.GET));

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(PAGE + "/" + AWARENESS).with(as("kent", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(everyPostAs(as("kent", TenantRole.EDITOR))).containsOnly(404);
		backends.verify();
	}

	@Test
	void anIndicatorTheServiceDoesNotShowIsNotFound() {
		backends.expect(once(), requestTo(API + "/indicators/" + CONSULTATION))
			.andExpect(method(HttpMethod.GET))
			.andRespond(withStatus(HttpStatus.NOT_FOUND));

		assertThat(mvc.get().uri(PAGE + "/" + CONSULTATION).with(as("swale", TenantRole.MEMBER)))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	/**
	 * Swale's awareness indicator as an editor types it, with the version they saw, if
	 * any, and some fields typed otherwise (a null leaves the field out).
	 */
	private MvcTestResult define(String uri, @Nullable Long version, @Nullable String... otherwise) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("name", "Organisations aware of the compact");
		fields.put("unit", "%");
		fields.put("baselineValue", "40");
		fields.put("baselineDate.day", "1");
		fields.put("baselineDate.month", "4");
		fields.put("baselineDate.year", "2026");
		fields.put("targetValue", "60");
		fields.put("targetDate.day", "31");
		fields.put("targetDate.month", "3");
		fields.put("targetDate.year", "2028");
		fields.put("direction", "HIGHER_IS_BETTER");
		fields.put("tolerance", "5");
		fields.put("visibility", "COUNTY");
		fields.put("principlesAndCodes", FUNDING);
		fields.put("version", version == null ? null : version.toString());
		for (int i = 0; i < otherwise.length; i += 2) {
			fields.put(otherwise[i], otherwise[i + 1]);
		}
		var request = mvc.post().uri(uri).with(as("swale", TenantRole.EDITOR));
		fields.forEach((field, value) -> {
			if (value != null) {
				request.param(field, value);
			}
		});
		return request.exchange();
	}

	private MvcTestResult reading(long version, String day, String value) {
		return mvc.post()
			.uri(PAGE + "/" + AWARENESS + "/readings")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", Long.toString(version))
			.param("date.day", day)
			.param("date.month", "3")
			.param("date.year", "2027")
			.param("value", value)
			.param("note", "After the awareness week")
			.param("source", " ")
			.exchange();
	}

	/**
	 * A refusal as service-kit writes it: its status, its reason and the fields at fault.
	 */
	private static DefaultResponseCreator problem(HttpStatus status, String detail, String errors) {
		return withStatus(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body("""
					{"type":"urn:compacts:problem:refused","title":"Refused","status":%d,"detail":"%s","errors":%s}"""
				.formatted(status.value(), detail, errors));
	}

	/** The answer to an If-Match older than the version the indicator has now. */
	private static DefaultResponseCreator stale(int currentVersion) {
		return withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body("""
					{"type":"urn:compacts:problem:stale-version","title":"Stale version","status":412,
					 "detail":"Someone changed this since the version you read; it is now at version %d.",
					 "errors":[{"field":"If-Match","reason":"is not the current version"}],"currentVersion":%d}"""
				.formatted(currentVersion, currentVersion));
	}

	private void nothingIsWritten() {
		backends.expect(never(), requestTo(API + "/indicators")).andExpect(method(HttpMethod.POST));
		backends.expect(never(), requestTo(API + "/indicators/" + AWARENESS)).andExpect(method(HttpMethod.PUT));
		backends.expect(never(), requestTo(API + "/indicators/" + AWARENESS + "/readings"));
	}

	/**
	 * The statuses the portal answers the pages' three posts with, each sent as the
	 * visitor.
	 */
	private List<Integer> everyPostAs(RequestPostProcessor visitor) {
		return Stream.of(PAGE, PAGE + "/" + AWARENESS, PAGE + "/" + AWARENESS + "/readings")
			.map(uri -> mvc.post()
				.uri(uri)
				.with(visitor)
				.param("version", "3")
				.param("name", "Taken over")
				.exchange()
				.getResponse()
				.getStatus())
			.toList();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	/** An indicator as the list gives it: no readings. */
	private static String listed(String id, String name, String rag, String latest) {
		return """
				{"id":"%s","name":"%s","unit":"%%","baseline":{"value":40,"on":"2026-04-01"},
				 "target":{"value":60,"on":"2028-03-31"},"direction":"HIGHER_IS_BETTER","tolerance":5,
				 "visibility":"COUNTY","links":[],"latest":%s,"expected":null,"rag":"%s","version":1}""".formatted(id,
				name, latest, rag);
	}

	/**
	 * Swale's awareness indicator with three readings, newest first, as its page reads
	 * it.
	 */
	private static String indicator(int version, String rag) {
		return """
				{"id":"%s","name":"Organisations aware of the compact","unit":"%%",
				 "baseline":{"value":40,"on":"2026-04-01"},"target":{"value":60,"on":"2028-03-31"},
				 "direction":"HIGHER_IS_BETTER","tolerance":5,"visibility":"COUNTY",
				 "links":[{"itemId":"%s","kind":"CODE","title":"Funding","source":"kent"},
				          {"itemId":"%s","kind":"PRINCIPLE","title":"Respect","source":null}],
				 "readings":[
				   {"id":"a0000000-0000-4000-8000-000000000003","on":"2027-03-01","value":52,
				    "note":"After the awareness week <b>","source":"Annual survey","by":"sam.editor","at":"2027-03-02T10:00:00Z"},
				   {"id":"a0000000-0000-4000-8000-000000000002","on":"2026-10-01","value":48,"note":null,"source":null,
				    "by":"sam.editor","at":"2026-10-02T10:00:00Z"},
				   {"id":"a0000000-0000-4000-8000-000000000001","on":"2026-04-01","value":45,"note":null,"source":null,
				    "by":"sam.editor","at":"2026-04-02T10:00:00Z"}],
				 "latest":{"on":"2027-03-01","value":52},"expected":55.26,"rag":"%s","version":%d}"""
			.formatted(AWARENESS, FUNDING, RESPECT, rag, version);
	}

}
