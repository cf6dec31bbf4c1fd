package org.compacts.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test checks of a page, and how it signs a person in: one way, for
 * every scenario.
 */
final class Pages {

	/** WCAG 2.2 A and AA, as axe-core tags its rules. */
	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * How long a page may take to come: long, because a loaded 2-core machine has taken
	 * over 30 s to show Keycloak's sign-in form; a page that comes at once is not slowed.
	 */
	static final Duration PATIENCE = Duration.ofSeconds(90);

	private Pages() {
	}

	/**
	 * Signs in through the gateway and Keycloak's form (the demo password), as a person
	 * does.
	 */
	static void signIn(WebDriver browser, String username) {
		browser.get(E2ePlatform.gatewayUrl() + "/oauth2/authorization/keycloak");
		Browser.signInOnKeycloak(browser, new WebDriverWait(browser, PATIENCE), username);
		new WebDriverWait(browser, PATIENCE)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=sign-out]")));
	}

	/** Signs out, so that the next scenario starts anonymous in the same browser. */
	static void signOut(WebDriver browser) {
		browser.get(E2ePlatform.gatewayUrl() + "/");
		if (!browser.findElements(By.cssSelector("[data-test=sign-out]")).isEmpty()) {
			browser.findElement(By.cssSelector("[data-test=sign-out]")).click();
			// back from Keycloak's end of the session: leaving sooner kept Keycloak's own
			// session, and the next sign-in went through without its form
			new WebDriverWait(browser, PATIENCE)
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=sign-in]")));
		}
		browser.manage().deleteAllCookies();
	}

	/**
	 * The page in the browser now is one a person can use: a language, a title, one h1,
	 * and no axe-core violation of WCAG 2.2 A/AA (axe needs JavaScript: in a browser
	 * without it, only the structure is checked).
	 */
	static void assertUsable(WebDriver browser, String page) {
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(page + ": lang").isEqualTo("en-GB");
		assertThat(browser.getTitle()).as(page + ": a title").isNotBlank();
		assertThat(browser.findElements(By.tagName("h1"))).as(page + ": one h1").hasSize(1);
		if (javaScriptRuns(browser)) {
			assertThat(violations(browser)).as(page + ": axe-core violations of WCAG 2.2 A/AA").isEmpty();
		}
	}

	/** axe-core's WCAG 2.2 A/AA violations on the page in the browser, one line each. */
	static List<String> violations(WebDriver browser) {
		List<String> found = new ArrayList<>();
		for (Rule rule : new AxeBuilder().withTags(WCAG).analyze(browser).getViolations()) {
			found.add(rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes()
						.stream()
						.map(node -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")));
		}
		return found;
	}

	/**
	 * Clicks a link or a button and waits for the next page: a click returns before a
	 * form's answer has replaced the page.
	 */
	static void follow(WebDriver browser, By target) {
		WebElement element = browser.findElement(target);
		element.click();
		new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.stalenessOf(element));
	}

	/**
	 * The page in the browser, as tall as it is (up to a limit), into target/screenshots.
	 */
	static void screenshot(WebDriver browser, String name) {
		if (javaScriptRuns(browser)) {
			Object height = ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollHeight;");
			browser.manage().window().setSize(new Dimension(1280, Math.min(2400, ((Number) height).intValue() + 140)));
		}
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"),
					((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	/** Ticks the checkbox whose label starts with these words. */
	static void tick(WebDriver browser, String labelStart) {
		WebElement label = browser.findElements(By.cssSelector(".govuk-checkboxes__label"))
			.stream()
			.filter(candidate -> candidate.getText().startsWith(labelStart))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no checkbox for " + labelStart));
		browser.findElement(By.id(label.getAttribute("for"))).click();
	}

	private static boolean javaScriptRuns(WebDriver browser) {
		return Browser.runsJavaScript(browser);
	}

}
