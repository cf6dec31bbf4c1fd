package org.compacts.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Swale's editor logs a dispute in a browser without JavaScript, moves it through
 * informal resolution and mediation, resolves it and publishes its anonymised summary,
 * which the compact's public site then shows to anyone, without the dispute's title or
 * parties. axe-core needs JavaScript, so the same pages are then checked again, and
 * photographed, in a browser with it. Lean: one dispute, a page load a step.
 */
@Order(10)
class DisputeScenarioIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String CODE = "Consultation";

	static final String TITLE = "Youth grant cut without notice";

	static final String SUMMARY = "A funder ended a grant with four weeks' notice instead of the three months the "
			+ "code asks; after mediation the notice was restored.";

	WebDriver browser;

	/** The pages the person saw, by name, to check again with axe-core. */
	final Map<String, String> seen = new LinkedHashMap<>();

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void samEditorTakesADisputeFromRaisedToAPublishedSummaryWithoutJavaScript() {
		E2ePlatform.stack();
		// Swale's copies of Kent's codes arrive through the sync after the platform
		// starts.
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> hasItem(read("/api/t/swale/codes"), CODE));
		browser = Browser.startWithoutJavaScript();
		Pages.signIn(browser, "sam.editor");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/workspace");
		follow(By.linkText("Disputes"));
		usable("disputes list");
		follow(By.cssSelector("[data-test=new-dispute]"));
		usable("new dispute form");
		type("title", TITLE);
		type("summary", "Swale Youth Forum's grant was cut with four weeks' notice.");
		type("partyNames-0", "Swale Youth Forum");
		type("partyNames-1", "Swale Borough Council");
		check(CODE);
		date("raisedOn", today);
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).isEqualTo("The dispute is logged.");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
		assertThat(browser.findElement(By.cssSelector("[data-test=stage]")).getText())
			.isEqualTo("Raised with the other party");
		assertThat(browser.findElement(By.cssSelector("[data-test=links]")).getText()).contains(CODE);
		usable("dispute page");

		// what it is about, changed from its own form; the stage stays
		follow(By.cssSelector("[data-test=edit-dispute]"));
		usable("change the dispute form");
		type("summary", "A grant was cut with four weeks' notice; the code asks for three months.");
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).isEqualTo("The dispute is changed.");
		assertThat(browser.findElement(By.cssSelector("[data-test=stage]")).getText())
			.isEqualTo("Raised with the other party");

		move("INFORMAL_RESOLUTION", today, "note", "Met the council's grants officer.");
		move("MEDIATION", today, "note", "Referred to mediation.");
		move("RESOLVED", today, "outcome", "Three months' notice restored.");
		assertThat(browser.findElement(By.cssSelector("[data-test=stage]")).getText()).isEqualTo("Resolved");
		assertThat(browser.findElement(By.cssSelector("[data-test=outcome]")).getText())
			.isEqualTo("Three months' notice restored.");
		assertThat(browser.findElements(By.cssSelector("[data-test=history] [data-test=change]"))).hasSize(4);
		assertThat(browser.findElements(By.cssSelector("[data-test=move-form]"))).isEmpty();

		type("publicSummary", SUMMARY);
		follow(By.cssSelector("[data-test=save-summary]"));
		assertThat(done()).isEqualTo("The public summary is saved.");
		follow(By.cssSelector("[data-test=publish]"));
		assertThat(done()).contains("published");
		assertThat(browser.findElement(By.cssSelector("[data-test=published]")).getText()).contains(SUMMARY);
		usable("resolved dispute page");

		follow(By.cssSelector("a.govuk-back-link"));
		assertThat(browser.findElement(By.cssSelector("[data-test=median]")).getText()).contains("0 days");
		follow(By.cssSelector("[data-test=deadlines-link]"));
		usable("deadlines");

		// The public site, to anyone: the summary, never the dispute's title or parties.
		Pages.signOut(browser);
		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/disputes");
		usable("public disputes");
		String shown = browser.findElement(By.tagName("main")).getText();
		assertThat(shown).contains(SUMMARY, CODE).doesNotContain(TITLE, "Swale Youth Forum", "Swale Borough Council");
		browser.quit();

		// The same pages, with JavaScript, under axe-core.
		browser = Browser.start();
		Pages.signIn(browser, "sam.editor");
		seen.forEach((name, page) -> {
			browser.get(E2ePlatform.gatewayUrl() + page);
			Pages.assertUsable(browser, name + ", with JavaScript");
		});
		screenshot("disputes list", "workspace-disputes");
		screenshot("resolved dispute page", "workspace-dispute");
		screenshot("public disputes", "public-disputes");
	}

	/** Moves the dispute on from its page, with a text in the named field. */
	private void move(String stage, LocalDate on, String field, String text) {
		browser.findElement(By.cssSelector("input[name=stage][value=" + stage + "]")).click();
		date("on", on);
		type(field, text);
		follow(By.cssSelector("[data-test=move]"));
		assertThat(done()).isEqualTo("The dispute is moved on.");
	}

	/** Checks the page's structure now and remembers it for axe-core later. */
	private void usable(String name) {
		Pages.assertUsable(browser, name);
		seen.put(name, path());
	}

	private void screenshot(String page, String name) {
		browser.get(E2ePlatform.gatewayUrl() + seen.get(page));
		Pages.screenshot(browser, name);
	}

	private String path() {
		return browser.getCurrentUrl().substring(E2ePlatform.gatewayUrl().length()).replaceAll("[?#].*$", "");
	}

	private String done() {
		// the banner's message, not its "Success" title
		return browser.findElement(By.cssSelector("[data-test=done] .govuk-notification-banner__heading")).getText();
	}

	private void follow(By target) {
		Pages.follow(browser, target);
	}

	private void type(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private void date(String field, LocalDate day) {
		type(field, Integer.toString(day.getDayOfMonth()));
		type(field + "-month", Integer.toString(day.getMonthValue()));
		type(field + "-year", Integer.toString(day.getYear()));
	}

	/** Ticks the checkbox of the principle or code whose label starts with the title. */
	private void check(String title) {
		WebElement label = browser.findElements(By.cssSelector(".govuk-checkboxes__label"))
			.stream()
			.filter(candidate -> candidate.getText().startsWith(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no checkbox for " + title));
		browser.findElement(By.id(label.getAttribute("for"))).click();
	}

	private static boolean hasItem(JsonNode items, String title) {
		for (JsonNode item : items) {
			if (item.path("content").path("title").asString().equals(title)) {
				return true;
			}
		}
		return false;
	}

	private static JsonNode read(String path) {
		return JSON.readTree(E2ePlatform.gateway().get().uri(path).retrieve().body(String.class));
	}

}
