package org.compacts.e2e;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kent's editor works in the browser only: the workspace, the editor's form (refused
 * once, then saved), publication, and two versions side by side; and Swale's copy takes
 * the new version with its provenance, as a Swale member reads it. Once with JavaScript,
 * once without.
 */
@Order(6)
class EditorScenarioIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void kimAdminRewordsKentsConsultationCodeAndPublishesItAndSwaleSeesItArrive() {
		browser = Browser.start();
		int published = editAndPublish("Consultation", "aim",
				"Better consultation, for every community in Kent, the island ones too.", "kent-consultation");

		String kentId = idOf(read("/api/t/kent/codes"), "Consultation");
		String swaleCopy = await().atMost(Duration.ofSeconds(90))
			.until(() -> copyIn("swale", kentId, published), id -> id != null);
		// A member of Swale (alex.champion, champion of Kent and Swale) reads it there.
		Pages.signOut(browser);
		Pages.signIn(browser, "alex.champion");
		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/codes/" + swaleCopy);
		assertThat(browser.findElement(By.cssSelector("[data-test=provenance]")).getText())
			.startsWith("Adopted from Kent Partners Compact, version " + published + ", published");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("the island ones too");
		Pages.assertUsable(browser, "swale's copy");
	}

	@Test
	void withoutJavaScriptAPrincipleIsRewordedAndPublished() {
		browser = Browser.startWithoutJavaScript();
		editAndPublish("Leadership", "text", "Leaders of every partner model the Compact's way of working.",
				"kent-leadership");
		assertThat(read("/api/t/kent/principles").toString()).contains("model the Compact's way of working");
	}

	@Test
	void theEditorFormCanBeFilledWithTheKeyboardAlone() {
		browser = Browser.start();
		Pages.signIn(browser, "kim.admin");
		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/workspace/principles/new");
		WebElement title = browser.findElement(By.id("title"));
		title.click();
		title.sendKeys("Kindness");
		browser.switchTo().activeElement().sendKeys(Keys.TAB);
		browser.switchTo().activeElement().sendKeys("Partners treat one another kindly.");
		// Tab on to the save button and press it: no mouse anywhere.
		for (int i = 0; i < 10 && !"save".equals(browser.switchTo().activeElement().getAttribute("data-test")); i++) {
			browser.switchTo().activeElement().sendKeys(Keys.TAB);
		}
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(new WebDriverWait(browser, Pages.PATIENCE)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=done]")))
			.getText()).contains("created");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kindness");
	}

	/**
	 * Signs in as Kent's admin, finds the item from the dashboard, is refused once (an
	 * empty title and a script), then saves the new words, publishes, and compares.
	 */
	private int editAndPublish(String itemTitle, String field, String words, String screenshot) {
		Pages.signIn(browser, "kim.admin");
		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/workspace");
		Pages.assertUsable(browser, "dashboard");
		assertThat(browser.findElement(By.cssSelector("[data-test=role]")).getText()).contains("Tenant admin");
		Pages.screenshot(browser, "workspace-dashboard");

		follow(By.linkText("Principles and codes"));
		Pages.assertUsable(browser, "items");
		follow(By.linkText(itemTitle));
		Pages.assertUsable(browser, "item");
		follow(By.cssSelector("[data-test=edit]"));
		Pages.assertUsable(browser, "editor");
		Pages.screenshot(browser, "editor-" + screenshot);

		browser.findElement(By.id("title")).clear();
		replace(field, "<script>alert('x')</script>");
		follow(By.cssSelector("[data-test=save]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=error-summary]")).getText()).contains("Title:");
		assertThat(browser.findElement(By.id(field)).getAttribute("value")).isEqualTo("<script>alert('x')</script>");
		assertThat(browser.getTitle()).startsWith("Error: ");
		Pages.assertUsable(browser, "editor refused");

		browser.findElement(By.id("title")).sendKeys(itemTitle);
		replace(field, words);
		follow(By.cssSelector("[data-test=save]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=done]")).getText()).contains("saved");
		String latest = browser.findElement(By.cssSelector("[data-test=latest]")).getText();
		int version = Integer.parseInt(latest.replaceAll("^Version (\\d+):.*$", "$1"));

		follow(By.cssSelector("[data-test=publish]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=done]")).getText()).contains("published");
		assertThat(browser.findElement(By.cssSelector("[data-test=latest]")).getText())
			.startsWith("Version " + version + ": published");

		follow(By.cssSelector("[data-test=compare]"));
		Pages.assertUsable(browser, "compare");
		// The words as a reader hears them: each marked run says "added:" to a screen
		// reader.
		String after = browser.findElement(By.cssSelector("[data-test=after]"))
			.getText()
			.replaceAll("(added|removed):", "")
			.replaceAll("\\s+", " ")
			.strip();
		assertThat(after).contains(words);
		Pages.screenshot(browser, "editor-diff-" + screenshot);
		return version;
	}

	private void follow(By target) {
		Pages.follow(browser, target);
	}

	private void replace(String field, String text) {
		WebElement input = browser.findElement(By.id(field));
		input.clear();
		input.sendKeys(text);
	}

	private static String copyIn(String district, String upstreamId, int version) {
		for (JsonNode item : read("/api/t/" + district + "/codes")) {
			JsonNode from = item.path("adoptedFrom");
			if (from.path("itemId").asString("").equals(upstreamId) && from.path("version").asInt() == version) {
				return item.path("id").asString();
			}
		}
		return null;
	}

	private static JsonNode read(String path) {
		return JSON.readTree(E2ePlatform.gateway().get().uri(path).retrieve().body(String.class));
	}

	private static String idOf(JsonNode items, String title) {
		for (JsonNode item : items) {
			if (item.path("content").path("title").asString().equals(title)) {
				return item.path("id").asString();
			}
		}
		throw new AssertionError("no item " + title + " in " + items);
	}

}
