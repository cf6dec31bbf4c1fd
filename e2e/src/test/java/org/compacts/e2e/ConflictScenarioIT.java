package org.compacts.e2e;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Swale's editor amends its copy of a Kent code, Kent changes the same field, and the
 * copy meets a conflict; Swale's editor resolves it in the browser, and Kent's followers
 * page shows Swale in sync again. In the browser only, once with JavaScript and once
 * without (on another code, so that each run meets its own conflict).
 */
@Order(7)
class ConflictScenarioIT {

	WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@ParameterizedTest(name = "{0}, resolved by {1}, JavaScript {2}")
	@CsvSource({ "Volunteering, take, true", "'Equality and Diversity', take-local, false" })
	void swaleResolvesAConflictWithKentAndKentSeesSwaleInSyncAgain(String code, String choice, boolean javaScript) {
		E2ePlatform.stack();
		browser = javaScript ? Browser.start() : Browser.startWithoutJavaScript();
		String slug = code.toLowerCase().replace(' ', '-');

		Pages.signIn(browser, "sam.editor");
		amendAndPublish("swale", code, "Swale's own aim for " + code + ", with Sheppey's groups.");
		Pages.signOut(browser);

		Pages.signIn(browser, "kim.admin");
		amendAndPublish("kent", code, "Kent's new aim for " + code + ", agreed by the county group.");
		WebElement conflicted = await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> rowOnFollowersPage(code),
					row -> row != null && "conflict".equals(row.getAttribute("data-state")));
		assertThat(conflicted.getText()).contains("Swale");
		Pages.assertUsable(browser, "followers");
		if (javaScript) {
			Pages.screenshot(browser, "workspace-followers-conflict");
		}
		Pages.signOut(browser);

		Pages.signIn(browser, "sam.editor");
		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/workspace/conflicts");
		Pages.assertUsable(browser, "conflicts");
		Pages.follow(browser, By.linkText(code));
		Pages.assertUsable(browser, "conflict");
		assertThat(browser.findElement(By.cssSelector("[data-test=side-by-side]")).getText())
			.contains("Swale's own aim for " + code, "Kent's new aim for " + code);
		assertThat(browser.findElement(By.cssSelector("[data-test=in-conflict]")).getText()).contains("Aim");
		if (javaScript) {
			Pages.screenshot(browser, "workspace-conflict-" + slug);
		}
		browser.findElement(By.id(choice)).click();
		Pages.follow(browser, By.cssSelector("[data-test=resolve]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=done]")).getText()).containsIgnoringCase("resolved");
		Pages.signOut(browser);

		Pages.signIn(browser, "kim.admin");
		WebElement resolved = await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> rowOnFollowersPage(code),
					row -> row != null && "in-sync".equals(row.getAttribute("data-state")));
		assertThat(resolved.getText()).contains("In sync");
		if (javaScript) {
			Pages.screenshot(browser, "workspace-followers-in-sync");
		}
	}

	/**
	 * Signs in already; from the compact's workspace to the code, its editor, a new aim,
	 * saved and published.
	 */
	private void amendAndPublish(String tenant, String code, String aim) {
		browser.get(E2ePlatform.gatewayUrl() + "/t/" + tenant + "/workspace");
		Pages.follow(browser, By.linkText("Principles and codes"));
		Pages.follow(browser, By.linkText(code));
		Pages.follow(browser, By.cssSelector("[data-test=edit]"));
		WebElement input = browser.findElement(By.id("aim"));
		input.clear();
		input.sendKeys(aim);
		Pages.follow(browser, By.cssSelector("[data-test=save]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=done]")).getText()).contains("saved");
		Pages.follow(browser, By.cssSelector("[data-test=publish]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=done]")).getText()).contains("published");
	}

	private WebElement rowOnFollowersPage(String code) {
		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/workspace/followers?follower=swale");
		return browser.findElements(By.cssSelector("[data-test=row][data-follower=swale]"))
			.stream()
			.filter(row -> row.getText().contains(code))
			.findFirst()
			.orElse(null);
	}

}
