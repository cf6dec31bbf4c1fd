package org.compacts.e2e;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Compact Champion who belongs to Kent and Swale signs in once, in a real headless
 * Chromium, and works in both: switching compact asks for no password.
 */
@Order(2)
class SingleSignOnIT {

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		E2ePlatform.stack();
		browser = Browser.start();
		wait = new WebDriverWait(browser, Pages.PATIENCE);
	}

	/** Each browser test leaves its last page in target/e2e-pages, to see what it saw. */
	@AfterEach
	void closeBrowser(org.junit.jupiter.api.TestInfo test) throws java.io.IOException {
		if (browser != null) {
			java.nio.file.Path pages = java.nio.file.Files
				.createDirectories(java.nio.file.Path.of("target", "e2e-pages"));
			String name = test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("page");
			java.nio.file.Files.writeString(pages.resolve(name + ".html"),
					browser.getCurrentUrl() + "\n" + browser.getPageSource());
			java.nio.file.Files.write(pages.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser)
				.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
			browser.quit();
		}
	}

	/**
	 * Drafts are for members' eyes only: a champion seeing one proves the page was read
	 * as them.
	 */
	private String draftIn(String tenant, String editor) {
		String title = "Working draft for " + tenant + " " + System.nanoTime();
		E2ePlatform.gateway()
			.post()
			.uri("/api/t/{tenant}/principles", tenant)
			.header("Authorization", "Bearer " + E2ePlatform.tokens().accessToken(editor))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(Map.of("title", title, "text", "Not yet agreed.", "mode", "CORE"))
			.retrieve()
			.toBodilessEntity();
		return title;
	}

	private void signIn(String username) {
		browser.get(E2ePlatform.gatewayUrl() + "/");
		browser.findElement(By.cssSelector("[data-test=sign-in]")).click();
		Browser.signInOnKeycloak(browser, wait, username);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=my-compacts]")));
	}

	@Test
	void aChampionOfKentAndSwaleSignsInOnceAndWorksInBoth() {
		String kentDraft = draftIn("kent", "kim.admin");
		String swaleDraft = draftIn("swale", "sam.editor");

		signIn("alex.champion");

		assertThat(browser.findElements(By.cssSelector("[data-test=my-compacts] tr[data-tenant]")))
			.extracting(row -> row.getAttribute("data-tenant"))
			.containsExactlyInAnyOrder("kent", "swale");
		assertThat(browser.findElement(By.cssSelector("[data-test=my-compacts]")).getText())
			.contains("Compact Champion");

		browser.findElement(By.cssSelector("tr[data-tenant=kent] a")).click();
		wait.until(ExpectedConditions.urlContains("/t/kent"));
		assertThat(browser.findElement(By.cssSelector("[data-test=my-role]")).getText()).contains("Compact Champion");
		assertThat(browser.getPageSource()).contains(kentDraft);

		new Select(browser.findElement(By.id("tenant-switcher"))).selectByValue("swale");
		browser.findElement(By.cssSelector("[data-test=switch]")).click();
		wait.until(ExpectedConditions.urlContains("/t/swale"));

		assertThat(browser.getCurrentUrl()).startsWith(E2ePlatform.gatewayUrl());
		assertThat(browser.findElements(By.id("password"))).as("no password asked when switching").isEmpty();
		assertThat(browser.findElement(By.cssSelector("[data-test=my-role]")).getText()).contains("Compact Champion");
		assertThat(browser.getPageSource()).contains(swaleDraft).doesNotContain(kentDraft);
	}

	@Test
	void aPostFromTheSessionWithoutItsCsrfTokenIsRefused() {
		signIn("sam.editor");

		Object withoutToken = ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "fetch('/api/t/swale/principles', {method: 'POST', headers: {'Content-Type': 'application/json'},"
					+ " body: JSON.stringify({title: 'Forged', text: 'from another site', mode: 'CORE'})}).then(r => done(r.status));");

		assertThat(withoutToken).isEqualTo(403L);
	}

	@Test
	void anExpiredAccessTokenIsRefreshedWithoutAskingAgain() {
		E2ePlatform.realm().gatewayAccessTokenLifespan(Duration.ofSeconds(5));
		try {
			signIn("alex.champion");
			long signedInAt = System.currentTimeMillis();
			// Wait past the first token's expiry and the services' allowance for clock
			// skew
			// (set for this run in the pom): had it not been refreshed, the portal would
			// now
			// refuse it.
			long refusedAfter = 5_000 + clockSkew().toMillis() + 2_000;
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> System.currentTimeMillis() - signedInAt > refusedAfter);

			browser.get(E2ePlatform.gatewayUrl() + "/t/swale");

			assertThat(browser.findElements(By.id("password"))).isEmpty();
			assertThat(browser.findElement(By.cssSelector("[data-test=my-role]")).getText())
				.contains("Compact Champion");
		}
		finally {
			E2ePlatform.realm().gatewayAccessTokenLifespan(null);
		}
	}

	@Test
	void signingOutEndsTheKeycloakSessionToo() {
		signIn("hana.hounslow");

		browser.findElement(By.cssSelector("[data-test=sign-out]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=sign-in]")));
		browser.findElement(By.cssSelector("[data-test=sign-in]")).click();

		// Had only the gateway's session ended, Keycloak would have signed us straight
		// back in.
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
		assertThat(browser.getCurrentUrl()).startsWith(E2ePlatform.stack().keycloakUrl());
	}

	/**
	 * The services' allowance for clock skew, as this run gives it them (60 s by
	 * default).
	 */
	private static Duration clockSkew() {
		String skew = System.getenv("COMPACTS_SECURITY_TOKEN_CLOCK_SKEW");
		return skew == null ? Duration.ofSeconds(60) : Duration.ofSeconds(Long.parseLong(skew.replace("s", "")));
	}

}
