package org.compacts.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Swale's editor makes an action plan in a browser without JavaScript, so that every form
 * posts plainly: a plan, a SMART action and one that is not, progress on the first, an
 * indicator with a reading, and a day no calendar has; a Swale member without the editor
 * role reads the plan but may change nothing. axe-core needs JavaScript, so the same
 * pages are then checked again, and photographed, in a browser with it. Also the
 * workspace's people and glossary forms, which no other scenario visits, under axe.
 */
@Order(9)
class PlanScenarioIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String PLAN = "Swale Compact action plan";

	static final String CODE = "Consultation";

	/** The demo plan of the embedded default (compact-service's application.yml). */
	static final String DEMO_PLAN = "Local Compact action plan";

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
	void samEditorMakesSwalesActionPlanAndAnIndicatorWithoutJavaScript() {
		E2ePlatform.stack();
		// Swale's copies of Kent's codes arrive through the sync after the platform
		// starts.
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> hasItem(read("/api/t/swale/codes"), CODE));
		browser = Browser.startWithoutJavaScript();
		Pages.signIn(browser, "sam.editor");

		// An owner from the signatory register needs one there.
		open("/organisations/new");
		type("name", "Swale CVS");
		browser.findElement(By.cssSelector("input[name=sector][value=VCS]")).click();
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).isNotBlank();

		open("");
		follow(By.linkText("Action plans"));
		usable("plans list");
		// The embedded default loads Swale's demo plan once compact-service has heard of
		// Swale, long before Kent's codes reach it.
		await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			browser.navigate().refresh();
			assertThat(browser.findElement(By.tagName("main")).getText()).contains(DEMO_PLAN);
		});
		follow(By.cssSelector("[data-test=new-plan]"));
		usable("new plan form");
		type("title", PLAN);
		type("period", "2027-28");
		browser.findElement(By.cssSelector("input[name=visibility][value=COUNTY]")).click();
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).isNotBlank();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(PLAN);
		assertThat(browser.findElement(By.cssSelector("[data-test=visibility]")).getText())
			.contains("Shared with the county");
		usable("plan page");
		String planUrl = path();

		follow(By.cssSelector("[data-test=new-action]"));
		usable("new action form");
		type("title", "Train a champion in every signatory");
		type("outcome", "Every signatory has someone who knows the Compact and speaks up for it.");
		type("measure", "Signatories with a trained champion, counted each quarter.");
		new Select(browser.findElement(By.id("ownerOrganisationId"))).selectByVisibleText("Swale CVS");
		date("dueOn", "31", "3", "2028");
		browser.findElement(By.cssSelector("input[name=priority][value=HIGH]")).click();
		browser.findElement(By.cssSelector("input[name=ambition][value=ACHIEVABLE]")).click();
		check(CODE);
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).isNotBlank();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Train a champion in every signatory");
		assertThat(browser.findElement(By.cssSelector("[data-test=links]")).getText()).contains(CODE);
		assertThat(browser.findElements(By.cssSelector("[data-test=not-smart]"))).isEmpty();
		usable("action page");
		String actionUrl = path();

		follow(By.cssSelector("a.govuk-back-link"));
		WebElement first = actionRow("Train a champion in every signatory");
		assertThat(first.getText()).contains("Swale CVS", "31 March 2028", "Not started", "0%");
		assertThat(first.findElements(By.cssSelector("[data-test=not-smart]"))).isEmpty();

		follow(By.cssSelector("[data-test=new-action]"));
		type("title", "Hold a Compact awareness week");
		type("ownerPerson", "Sam, Swale's Compact lead");
		browser.findElement(By.cssSelector("input[name=priority][value=MEDIUM]")).click();
		browser.findElement(By.cssSelector("input[name=ambition][value=ASPIRATIONAL]")).click();
		follow(By.cssSelector("[data-test=save]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=not-smart]")).getText()).contains("measure",
				"due date");
		follow(By.cssSelector("a.govuk-back-link"));
		assertThat(actionRow("Hold a Compact awareness week").findElement(By.cssSelector("[data-test=not-smart]"))
			.getText()).isEqualTo("Not SMART: measure, due date");
		assertThat(browser.findElement(By.cssSelector("[data-test=count]")).getText()).isEqualTo("2 actions");
		// The filters are a plain GET form: those not SMART, then all again.
		browser.findElement(By.id("notSmart")).click();
		follow(By.cssSelector("[data-test=filter]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=count]")).getText()).isEqualTo("1 of 2 actions");
		assertThat(browser.findElements(By.cssSelector("[data-test=action]"))).singleElement()
			.satisfies(row -> assertThat(row.getText()).contains("Hold a Compact awareness week"));
		follow(By.cssSelector("[data-test=clear-filters]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=count]")).getText()).isEqualTo("2 actions");

		follow(By.linkText("Train a champion in every signatory"));
		LocalDate today = LocalDate.now();
		date("on", Integer.toString(today.getDayOfMonth()), Integer.toString(today.getMonthValue()),
				Integer.toString(today.getYear()));
		browser.findElement(By.cssSelector("input[name=status][value=ON_TRACK]")).click();
		type("progress", "40");
		type("note", "Six of fifteen signatories have a trained champion.");
		follow(By.cssSelector("[data-test=record]"));
		assertThat(done()).isNotBlank();
		WebElement update = browser.findElement(By.cssSelector("[data-test=updates] [data-test=update]"));
		assertThat(update.getText()).contains("Not started to", "On track", "40%",
				"Six of fifteen signatories have a trained champion.", "sam.editor");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("40% done");
		follow(By.cssSelector("a.govuk-back-link"));
		assertThat(actionRow("Train a champion in every signatory").getText()).contains("On track", "40%");

		follow(By.linkText("Indicators"));
		usable("indicators list");
		follow(By.cssSelector("[data-test=new-indicator]"));
		usable("new indicator form");
		type("name", "Signatories with a trained champion");
		type("unit", "%");
		type("baselineValue", "40");
		date("baselineDate", "1", "4", "2027");
		type("targetValue", "80");
		date("targetDate", "31", "3", "2028");
		browser.findElement(By.cssSelector("input[name=direction][value=HIGHER_IS_BETTER]")).click();
		type("tolerance", "5");
		browser.findElement(By.cssSelector("input[name=visibility][value=COUNTY]")).click();
		check(CODE);
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).isNotBlank();
		assertThat(browser.findElement(By.cssSelector("[data-test=rag]")).getText()).isEqualTo("No readings");
		assertThat(browser.findElement(By.cssSelector("[data-test=links]")).getText()).contains(CODE);
		// Before the baseline date the line to the target expects the baseline, 40%: 38%
		// is within the tolerance of 5.
		date("date", Integer.toString(today.getDayOfMonth()), Integer.toString(today.getMonthValue()),
				Integer.toString(today.getYear()));
		type("value", "38");
		type("note", "Before the plan starts");
		type("source", "Signatory survey");
		follow(By.cssSelector("[data-test=add-reading]"));
		assertThat(done()).isNotBlank();
		assertThat(browser.findElement(By.cssSelector("[data-test=rag]")).getText()).isEqualTo("Amber");
		assertThat(browser.findElement(By.cssSelector("[data-test=expected]")).getText()).isEqualTo("40%");
		assertThat(browser.findElement(By.cssSelector("[data-test=reading]")).getText()).contains("38%",
				"Signatory survey", "sam.editor");
		usable("indicator page");

		// A day no calendar has: refused before the service is asked, what was typed
		// kept.
		browser.get(E2ePlatform.gatewayUrl() + planUrl);
		follow(By.cssSelector("[data-test=new-action]"));
		String newAction = path();
		refuseTheThirtyFirstOfFebruary();
		Pages.assertUsable(browser, "action form refused");

		// A member without the editor role reads the plan and changes nothing.
		Pages.signOut(browser);
		Pages.signIn(browser, "alex.champion");
		browser.get(E2ePlatform.gatewayUrl() + planUrl);
		assertThat(browser.findElements(By.cssSelector("[data-test=action]"))).hasSize(2);
		assertThat(browser.findElements(By.cssSelector("[data-test=new-action]"))).isEmpty();
		browser.get(E2ePlatform.gatewayUrl() + actionUrl);
		assertThat(browser.findElement(By.cssSelector("[data-test=updates]")).getText()).contains("On track");
		assertThat(browser.findElements(By.cssSelector("[data-test=progress-form]"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("[data-test=edit-action]"))).isEmpty();
		browser.quit();

		// The same pages, with JavaScript, under axe-core.
		browser = Browser.start();
		Pages.signIn(browser, "sam.editor");
		seen.forEach((name, page) -> {
			browser.get(E2ePlatform.gatewayUrl() + page);
			Pages.assertUsable(browser, name + ", with JavaScript");
		});
		browser.get(E2ePlatform.gatewayUrl() + newAction);
		refuseTheThirtyFirstOfFebruary();
		Pages.assertUsable(browser, "action form refused, with JavaScript");
		screenshot("plans list", "workspace-plans");
		screenshot("plan page", "workspace-plan");
		screenshot("action page", "workspace-action");
		screenshot("indicator page", "workspace-indicator");
		browser.get(E2ePlatform.gatewayUrl() + seen.get("plan page"));
		follow(By.cssSelector("[data-test=import-actions]"));
		Pages.assertUsable(browser, "import actions, with JavaScript");
		// The plan is shared with the county, not published: the public site has none to
		// show.
		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/plans");
		Pages.assertUsable(browser, "public action plans, with JavaScript");
		assertThat(browser.findElement(By.cssSelector("[data-test=no-plans]")).getText())
			.contains("published no action plan");
		// Published, the plan is on Swale's public site for anyone, read only.
		browser.get(E2ePlatform.gatewayUrl() + seen.get("plan page"));
		follow(By.cssSelector("[data-test=edit-plan]"));
		browser.findElement(By.cssSelector("input[name=visibility][value=PUBLIC]")).click();
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).isNotBlank();
		String planId = seen.get("plan page").substring(seen.get("plan page").lastIndexOf('/') + 1);
		Pages.signOut(browser);
		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/plans/" + planId);
		Pages.assertUsable(browser, "a public plan, with JavaScript");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(PLAN);
		assertThat(browser.findElements(By.cssSelector("[data-test=action]"))).hasSize(2);
		assertThat(browser.findElements(By.tagName("form"))
			.stream()
			.filter(form -> form.getAttribute("action") != null && form.getAttribute("action").contains("/plans/")))
			.isEmpty();
		Pages.screenshot(browser, "public-plan");

		// Kent's admin sees what Swale shares with the county, and reads it without
		// changing it.
		Pages.signIn(browser, "kim.admin");
		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/workspace/rollup");
		Pages.assertUsable(browser, "county roll-up, with JavaScript");
		assertThat(browser.findElement(By.cssSelector("[data-test=districts]")).getText()).contains("Swale");
		Pages.screenshot(browser, "workspace-rollup");
		follow(By.partialLinkText("Swale Compact action plan"));
		Pages.assertUsable(browser, "a district's shared plan, with JavaScript");
		assertThat(browser.findElements(By.cssSelector("[data-test=action]"))).hasSize(2);
		assertThat(browser.findElements(By.tagName("form"))
			.stream()
			.filter(form -> form.getAttribute("action") != null && form.getAttribute("action").contains("/plans/")))
			.isEmpty();
	}

	@Test
	void thePeopleAndGlossaryFormsPassAxe() {
		E2ePlatform.stack();
		browser = Browser.start();
		Pages.signIn(browser, "sam.editor");
		for (String page : new String[] { "/contacts", "/contacts/new", "/organisations", "/organisations/new",
				"/champions", "/champions/new", "/glossary" }) {
			open(page);
			Pages.assertUsable(browser, page);
		}
		type("term", "Signatory");
		type("meaning", "An organisation that has signed the Compact.");
		follow(By.cssSelector("[data-test=add]"));
		assertThat(done()).isNotBlank();
		String change = browser.findElements(By.cssSelector("[data-test=glossary] .govuk-summary-list__row"))
			.stream()
			.filter(row -> row.getText().contains("Signatory"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no term Signatory in Swale's glossary"))
			.findElement(By.cssSelector("[data-test=change]"))
			.getAttribute("href");
		browser.get(change);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Change a term");
		assertThat(browser.findElement(By.id("term")).getAttribute("value")).isEqualTo("Signatory");
		Pages.assertUsable(browser, "glossary term form");
	}

	/** Adds an action due on 31/02/2028, is refused, and finds what it typed kept. */
	private void refuseTheThirtyFirstOfFebruary() {
		type("title", "Renew the Compact's <b>funding code</b>");
		date("dueOn", "31", "02", "2028");
		browser.findElement(By.cssSelector("input[name=priority][value=LOW]")).click();
		browser.findElement(By.cssSelector("input[name=ambition][value=ACHIEVABLE]")).click();
		follow(By.cssSelector("[data-test=save]"));
		assertThat(browser.getTitle()).startsWith("Error: ");
		assertThat(browser.findElement(By.cssSelector("[data-test=error-summary]")).getText())
			.contains("Due on: must be a real date");
		assertThat(browser.findElement(By.cssSelector("[data-test=error-summary] a")).getAttribute("href"))
			.endsWith("#dueOn");
		assertThat(browser.findElement(By.id("dueOn")).getAttribute("value")).isEqualTo("31");
		assertThat(browser.findElement(By.id("dueOn-month")).getAttribute("value")).isEqualTo("02");
		assertThat(browser.findElement(By.id("dueOn-year")).getAttribute("value")).isEqualTo("2028");
		assertThat(browser.findElement(By.id("title")).getAttribute("value"))
			.isEqualTo("Renew the Compact's <b>funding code</b>");
		assertThat(browser.findElement(By.cssSelector("input[name=priority][value=LOW]")).isSelected()).isTrue();
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

	private void open(String page) {
		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/workspace" + page);
	}

	private String path() {
		return browser.getCurrentUrl().substring(E2ePlatform.gatewayUrl().length()).replaceAll("[?#].*$", "");
	}

	private String done() {
		return browser.findElement(By.cssSelector("[data-test=done]")).getText();
	}

	private void follow(By target) {
		Pages.follow(browser, target);
	}

	private void type(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private void date(String field, String day, String month, String year) {
		type(field, day);
		type(field + "-month", month);
		type(field + "-year", year);
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

	private WebElement actionRow(String title) {
		return browser.findElements(By.cssSelector("[data-test=action]"))
			.stream()
			.filter(row -> row.getText().contains(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no action " + title + " on the plan page"));
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
