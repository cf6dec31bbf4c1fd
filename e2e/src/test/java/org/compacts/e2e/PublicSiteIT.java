package org.compacts.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public site of each compact in a real browser, through the gateway into the real
 * services, as anyone without an account: every page read with JavaScript off has one h1,
 * a title of its own and a language; axe-core finds no WCAG 2.2 A/AA violation on any;
 * Swale's copies of Kent's codes say where they came from, and a new Kent version reaches
 * Swale's history with what changed.
 */
@Order(5)
class PublicSiteIT {

	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static WebDriver withoutJavaScript;

	static WebDriver withJavaScript;

	/** The pages visited, by name, in the order visited. */
	static final Map<String, String> PAGES = new LinkedHashMap<>();

	static String kentConsultation;

	static String swaleConsultation;

	static String swaleVolunteering;

	@BeforeAll
	static void kentPublishesAVersionAndRecordsItsSignatories() {
		E2ePlatform.stack();
		JsonNode kentCodes = read("/api/t/kent/codes");
		kentConsultation = idOf(kentCodes, "Consultation");
		JsonNode volunteering = byTitle(kentCodes, "Volunteering");
		int published = publishNewVersion(volunteering);
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> byTitle(read("/api/t/swale/codes"), "Volunteering").path("adoptedFrom")
				.path("version")
				.asInt() == published);
		JsonNode swaleCodes = read("/api/t/swale/codes");
		swaleConsultation = idOf(swaleCodes, "Consultation");
		swaleVolunteering = idOf(swaleCodes, "Volunteering");

		String council = create("/api/t/kent/organisations", Map.of("name", "Kent County Council", "sector", "PUBLIC"));
		create("/api/t/kent/organisations", Map.of("name", "Kent CAN", "sector", "VCS"));
		create("/api/t/kent/signatures", Map.of("organisationId", council, "signedOn", "2008-04-01", "principles", true,
				"codes", List.of(kentConsultation), "signedAs", "PARTNERSHIP"));
		create("/api/t/kent/champions",
				Map.of("username", "alex.champion", "organisationId", council, "nominatedOn", "2008-05-01"));

		String openness = idOf(read("/api/t/kent/principles"), "Openness");
		PAGES.put("home", "/");
		PAGES.put("search", "/?q=swale");
		PAGES.put("kent-contents", "/t/kent");
		PAGES.put("swale-contents", "/t/swale");
		PAGES.put("kent-introduction", "/t/kent/sections/introduction");
		PAGES.put("kent-principle", "/t/kent/principles/" + openness);
		PAGES.put("kent-code", "/t/kent/codes/" + kentConsultation);
		PAGES.put("swale-code-provenance", "/t/swale/codes/" + swaleConsultation);
		PAGES.put("swale-code-history", "/t/swale/codes/" + swaleVolunteering + "/history");
		PAGES.put("kent-changes", "/t/kent/changes");
		PAGES.put("kent-signatories", "/t/kent/signatories");
		PAGES.put("kent-champions", "/t/kent/champions");
		PAGES.put("kent-glossary", "/t/kent/glossary");
		PAGES.put("kent-contacts", "/t/kent/contacts");
		PAGES.put("swale-whole", "/t/swale/whole");

		withoutJavaScript = Browser.startWithoutJavaScript();
		withJavaScript = Browser.start();
	}

	@AfterAll
	static void closeBrowsers() {
		if (withoutJavaScript != null) {
			withoutJavaScript.quit();
		}
		if (withJavaScript != null) {
			withJavaScript.quit();
		}
	}

	@Test
	void everyPageReadsWithoutJavaScriptWithOneH1ATitleOfItsOwnAndALanguage() {
		Map<String, String> titles = new HashMap<>();
		for (Map.Entry<String, String> page : PAGES.entrySet()) {
			withoutJavaScript.get(E2ePlatform.gatewayUrl() + page.getValue());

			assertThat(withoutJavaScript.findElements(By.tagName("h1"))).as(page.getKey() + ": one h1").hasSize(1);
			assertThat(withoutJavaScript.findElement(By.tagName("html")).getAttribute("lang")).as(page.getKey())
				.isEqualTo("en-GB");
			String title = withoutJavaScript.getTitle();
			assertThat(title).as(page.getKey() + ": a title").isNotBlank();
			assertThat(titles.put(title, page.getKey())).as("the title of " + page.getKey() + " is its own: " + title)
				.isNull();
		}
	}

	@Test
	void axeFindsNoWcag22AOrAAViolationOnAnyPage() {
		Map<String, List<String>> violations = new LinkedHashMap<>();
		for (Map.Entry<String, String> page : PAGES.entrySet()) {
			withJavaScript.get(E2ePlatform.gatewayUrl() + page.getValue());
			Results results = new AxeBuilder().withTags(WCAG).analyze(withJavaScript);
			List<String> found = new ArrayList<>();
			for (Rule rule : results.getViolations()) {
				found.add(rule.getId() + ": " + rule.getHelp() + " at "
						+ rule.getNodes()
							.stream()
							.map(node -> String.valueOf(node.getTarget()))
							.collect(Collectors.joining(", ")));
			}
			if (!found.isEmpty()) {
				violations.put(page.getKey(), found);
			}
		}
		assertThat(violations).as("axe-core violations of WCAG 2.2 A/AA, by page").isEmpty();
	}

	@Test
	void swalesCopyOfAKentCodeSaysWhereItCameFrom() throws IOException {
		withoutJavaScript.get(E2ePlatform.gatewayUrl() + PAGES.get("swale-code-provenance"));

		String provenance = withoutJavaScript.findElement(By.cssSelector("[data-test=provenance]")).getText();
		assertThat(provenance)
			.matches("(?s)Adopted from Kent Partners Compact, version 1, published \\d{1,2} \\w+ \\d{4}\\..*");
		assertThat(withoutJavaScript.findElement(By.cssSelector("[data-test=provenance] a")).getAttribute("href"))
			.endsWith("/t/kent/codes/" + kentConsultation);
		assertThat(withoutJavaScript.findElement(By.tagName("main")).getText()).contains("Why it matters", "Aim",
				"What the public sector undertakes", "standard consultation period (standard: 12 weeks)",
				"Learning Strategy in Swale");
		screenshot(withJavaScript, "swale-code-provenance", PAGES.get("swale-code-provenance"));
	}

	@Test
	void aNewKentVersionIsInSwalesHistoryWithWhatChanged() throws IOException {
		withoutJavaScript.get(E2ePlatform.gatewayUrl() + PAGES.get("swale-code-history"));

		assertThat(withoutJavaScript.findElements(By.cssSelector("[data-test=version]"))).hasSize(2);
		String diff = withoutJavaScript.findElement(By.cssSelector("[data-test=diff]")).getText();
		assertThat(diff).contains("Aim", "every part of Kent", "Public sector undertakings",
				"Volunteer Centres to publish their opportunities");
		assertThat(withoutJavaScript.findElements(By.cssSelector("[data-test=diff] ins"))).isNotEmpty();
		screenshot(withJavaScript, "swale-code-history", PAGES.get("swale-code-history"));
	}

	@Test
	void kentsContentsListItsPagesAndTheCompactsThatFollowIt() throws IOException {
		withoutJavaScript.get(E2ePlatform.gatewayUrl() + "/t/kent");

		assertThat(withoutJavaScript.findElements(By.cssSelector("[data-test=followers] [data-tenant]")))
			.extracting(element -> element.getAttribute("data-tenant"))
			.contains("swale", "canterbury");
		assertThat(withoutJavaScript.findElement(By.cssSelector("[data-test=contents]")).getText())
			.containsSubsequence("Foreword", "Introduction", "Openness", "Consultation", "Implementation");
		withoutJavaScript.findElement(By.linkText("Consultation")).click();
		assertThat(withoutJavaScript.findElement(By.tagName("h1")).getText()).startsWith("Consultation");
		withoutJavaScript.findElement(By.cssSelector("[data-test=next]")).click();
		assertThat(withoutJavaScript.findElement(By.tagName("h1")).getText()).startsWith("Equality and Diversity");
		screenshot(withJavaScript, "kent-contents", "/t/kent");
	}

	@Test
	void signatoriesChampionsAndTheGlossaryAreShown() {
		withoutJavaScript.get(E2ePlatform.gatewayUrl() + PAGES.get("kent-signatories"));
		assertThat(withoutJavaScript.findElement(By.tagName("main")).getText()).containsSubsequence("Public sector",
				"Kent County Council", "the principles and the Consultation code", "1 April 2008",
				"Voluntary and community sector", "Kent CAN", "Not signed yet");

		withoutJavaScript.get(E2ePlatform.gatewayUrl() + PAGES.get("kent-champions"));
		assertThat(withoutJavaScript.findElement(By.tagName("main")).getText()).contains("alex.champion",
				"Kent County Council", "1 May 2008");

		withoutJavaScript.get(E2ePlatform.gatewayUrl() + PAGES.get("kent-glossary"));
		withoutJavaScript.findElement(By.linkText("V")).click();
		assertThat(withoutJavaScript.getCurrentUrl()).endsWith("#letter-V");
	}

	@Test
	void theWholeCompactDownloadsAsAPdfAndPagesAnswerConditionalGets() throws IOException {
		byte[] pdf = E2ePlatform.gateway().get().uri("/t/swale/compact.pdf").retrieve().body(byte[].class);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve("swale-compact.pdf"), pdf);

		var first = E2ePlatform.gateway().get().uri("/t/kent/glossary").retrieve().toEntity(String.class);
		String etag = first.getHeaders().getETag();
		assertThat(etag).isNotBlank();
		assertThat(first.getHeaders().getCacheControl()).contains("max-age=60");
		HttpStatus again = E2ePlatform.gateway()
			.get()
			.uri("/t/kent/glossary")
			.header("If-None-Match", etag)
			.exchange((request, response) -> HttpStatus.valueOf(response.getStatusCode().value()));
		assertThat(again).isEqualTo(HttpStatus.NOT_MODIFIED);

		String feed = E2ePlatform.gateway().get().uri("/t/kent/changes.atom").retrieve().body(String.class);
		assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">",
				"Volunteering: Code of practice published, version 2");
	}

	/** The whole page, as tall as it is (up to a limit), into target/screenshots. */
	private static void screenshot(WebDriver browser, String name, String path) throws IOException {
		browser.get(E2ePlatform.gatewayUrl() + path);
		Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
		browser.manage().window().setSize(new Dimension(1280, Math.min(2400, ((Number) height).intValue() + 140)));
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		browser.manage().window().setSize(new Dimension(1280, 1000));
	}

	/** Kent's editor words Volunteering anew and publishes it; its version number. */
	private static int publishNewVersion(JsonNode code) {
		JsonNode content = code.path("content");
		Map<String, Object> body = new HashMap<>(JSON.convertValue(content, Map.class));
		body.put("aim", "This code aims to increase understanding, raise awareness and embrace the roles of "
				+ "volunteering in every part of Kent, in relation to diversity, choice, mutual benefit and recognition");
		List<Object> publicSector = new ArrayList<>(
				JSON.convertValue(content.path("publicSectorUndertakings"), List.class));
		publicSector.add("Support Volunteer Centres to publish their opportunities");
		body.put("publicSectorUndertakings", publicSector);
		body.put("mode", code.path("mode").asString());
		body.put("startedFrom", code.path("latestVersion").asInt());
		String id = code.path("id").asString();
		JsonNode draft = JSON.readTree(E2ePlatform.gateway()
			.put()
			.uri("/api/t/kent/codes/{id}", id)
			.header("Authorization", "Bearer " + E2ePlatform.tokens().accessToken("kim.admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(String.class));
		int version = draft.path("version").asInt();
		E2ePlatform.gateway()
			.post()
			.uri("/api/t/kent/codes/{id}/versions/{n}/publication", id, version)
			.header("Authorization", "Bearer " + E2ePlatform.tokens().accessToken("kim.admin"))
			.retrieve()
			.toBodilessEntity();
		return version;
	}

	private static String create(String path, Map<String, Object> body) {
		String created = E2ePlatform.gateway()
			.post()
			.uri(path)
			.header("Authorization", "Bearer " + E2ePlatform.tokens().accessToken("kim.admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(String.class);
		return JSON.readTree(created).path("id").asString();
	}

	private static JsonNode read(String path) {
		return JSON.readTree(E2ePlatform.gateway().get().uri(path).retrieve().body(String.class));
	}

	private static JsonNode byTitle(JsonNode items, String title) {
		for (JsonNode item : items) {
			if (item.path("content").path("title").asString().equals(title)) {
				return item;
			}
		}
		throw new AssertionError("no item " + title + " in " + items);
	}

	private static String idOf(JsonNode items, String title) {
		return byTitle(items, title).path("id").asString();
	}

}
