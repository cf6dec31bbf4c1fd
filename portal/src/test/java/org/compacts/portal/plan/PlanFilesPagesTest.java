package org.compacts.portal.plan;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.compacts.portal.FakeServices;
import org.compacts.servicekit.security.TenantRole;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.portal.FakeServices.COMPACTS;
import static org.compacts.portal.FakeServices.TENANTS;
import static org.compacts.portal.FakeServices.as;
import static org.springframework.test.web.client.ExpectedCount.never;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * A plan as files: actions imported from CSV by an editor (every error named by line and
 * column), its actions and indicators downloaded as CSV and its report as PDF by members.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = PlanFilesController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|plan)\\..*|site\\.Dates)"))
class PlanFilesPagesTest {

	static final String PLAN = "5a1c0000-0000-4000-8000-000000000001";

	static final String PAGE = "/t/swale/workspace/plans/" + PLAN;

	static final String API = COMPACTS + "/api/t/swale/plans/" + PLAN;

	static final String CSV = "title,due\r\nChampions training,31/03/2028\r\n";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		FakeServices.kentAndSwale(backends);
		FakeServices.answer(backends, TENANTS + "/api/tenants/swale", """
				{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}""");
		FakeServices.answer(backends, API, """
				{"id":"%s","title":"Compact action plan <script>x</script>","period":"2027-28","visibility":"COUNTY",
				 "version":3,"actions":[{"id":"ac710000-0000-4000-8000-000000000001","planId":"%s",
				 "title":"Champions training","owner":{"organisationName":"Swale CVS","person":"Pat Officer"},
				 "dueOn":"2028-03-31","priority":"HIGH","ambition":"ACHIEVABLE","status":"AT_RISK","progress":40,
				 "overdue":false,"indicators":[{"id":"1d000000-0000-4000-8000-000000000001","name":"Groups reached",
				 "rag":"AMBER"}],"version":2}]}""".formatted(PLAN, PLAN));
	}

	private static MockMultipartFile file(String text) {
		return new MockMultipartFile("file", "plan.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void anEditorUploadsAFileThatIsSentAsCsvWithThePlansVersion() {
		backends.expect(once(), requestTo(API + "/actions/import"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("Content-Type", "text/csv"))
			.andExpect(header("If-Match", "\"3\""))
			.andExpect(content().string(CSV))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body("{\"imported\":12,\"plan\":{}}"));

		assertThat(mvc.get().uri(PAGE + "/import").with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<h1 class=\"govuk-heading-xl\">Import actions from a spreadsheet</h1>",
					"enctype=\"multipart/form-data\"", "type=\"file\"", "name=\"version\" value=\"3\"",
					"owner_organisation", "drop_reason", "Compact action plan &lt;script&gt;x&lt;/script&gt;")
			.doesNotContain("<script>x");

		assertThat(mvc.post()
			.uri(PAGE + "/import")
			.multipart()
			.file(file(CSV))
			.param("version", "3")
			.with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "?done=imported&count=12");
		backends.verify();
	}

	@Test
	void theImportsErrorsAreListedByLineAndColumnEscaped() {
		backends.expect(once(), requestTo(API + "/actions/import"))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"status":400,"title":"Invalid request","detail":"The file has 2 error(s); nothing was imported.",
						 "errors":[{"field":"line 3: due","reason":"must be a date as yyyy-mm-dd or dd/mm/yyyy"},
						           {"field":"line 4: codes","reason":"names \\"<b>x</b>\\", which is not the title of a code"}]}"""));

		MvcTestResult page = mvc.post()
			.uri(PAGE + "/import")
			.multipart()
			.file(file(CSV))
			.param("version", "3")
			.with(as("swale", TenantRole.EDITOR))
			.exchange();

		assertThat(page).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("govuk-error-summary", "The file has 2 error(s); nothing was imported.",
					"href=\"#file\">Line 3: due: must be a date as yyyy-mm-dd or dd/mm/yyyy</a>",
					"Line 4: codes: names &quot;&lt;b&gt;x&lt;/b&gt;&quot;", "<title>Error: Import actions")
			.doesNotContain("<b>x</b>");
		backends.verify();
	}

	@Test
	void aMemberWhoIsNotAnEditorGets403AndAnOutsider404WithNoImport() {
		backends.expect(never(), requestTo(API + "/actions/import"));

		assertThat(mvc.get().uri(PAGE + "/import").with(as("swale", TenantRole.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri(PAGE + "/import")
			.multipart()
			.file(file(CSV))
			.param("version", "3")
			.with(as("swale", TenantRole.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri(PAGE + "/import")
			.multipart()
			.file(file(CSV))
			.param("version", "3")
			.with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(PAGE + "/actions.csv").with(as("kent", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	@Test
	void anEmptyUploadIsRefusedWithoutCallingTheService() {
		backends.expect(never(), requestTo(API + "/actions/import"));

		assertThat(mvc.post()
			.uri(PAGE + "/import")
			.multipart()
			.file(file(""))
			.param("version", "3")
			.with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("File: Select a CSV file");
		backends.verify();
	}

	@Test
	void aMemberDownloadsTheActionsAsAFileNamedForThePeriod() {
		backends.expect(once(), requestTo(API + "/actions.csv"))
			.andExpect(method(HttpMethod.GET))
			.andRespond(withSuccess("\uFEFFtitle\r\n'=1+1\r\n", new MediaType("text", "csv", StandardCharsets.UTF_8)));

		MvcTestResult file = mvc.get().uri(PAGE + "/actions.csv").with(as("swale", TenantRole.MEMBER)).exchange();

		assertThat(file).hasStatusOk().hasHeader("Content-Disposition", "attachment; filename=\"2027-28-actions.csv\"");
		assertThat(file.getResponse().getContentType()).startsWith("text/csv");
		assertThat(new String(file.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFtitle\r\n'=1+1\r\n");
		backends.verify();
	}

	@Test
	void theReportIsAPdfOfThePlanWithItsActionsAndIndicators() throws Exception {
		MvcTestResult pdf = mvc.get().uri(PAGE + "/report.pdf").with(as("swale", TenantRole.MEMBER)).exchange();

		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		byte[] bytes = pdf.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Compact action plan <script>x</script> 2027-28");
			assertThat(new PDFTextStripper().getText(document)).contains("Compact action plan <script>x</script>",
					"Champions training", "Pat Officer, Swale CVS", "31 March 2028", "At risk", "40%",
					"Groups reached: Amber");
		}
	}

}
