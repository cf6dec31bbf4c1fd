package org.compacts.e2e;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Swale's editor records a success, approves it and makes it public; then anyone finds it
 * on Swale's public site, in the search across every compact and on the page of the code
 * it shows. Every new page passes axe-core and is photographed.
 */
@Order(10)
class CaseStudyScenarioIT {

	static final String CODE = "Consultation";

	WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void samEditorMakesASuccessACaseStudyThatAnyoneFinds() {
		E2ePlatform.stack();
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> E2ePlatform.itemId(E2ePlatform.read("/api/t/swale/codes"), CODE) != null);
		String title = "Commissioners meet the sector " + UUID.randomUUID().toString().substring(0, 6);
		browser = Browser.start();
		Pages.signIn(browser, "sam.editor");

		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/workspace");
		follow(By.linkText("Successes"));
		Pages.assertUsable(browser, "successes list");
		follow(By.cssSelector("[data-test=new-success]"));
		Pages.assertUsable(browser, "new success form");
		type(By.id("title"), title);
		type(By.id("story"), "Commissioners came to the third sector partnership group and heard its concerns.");
		type(By.name("others"), "Swale CVS\nSwale Borough Council");
		Pages.tick(browser, CODE);
		type(By.id("sectors"), "Procurement");
		type(By.id("place"), "Sittingbourne");
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).contains("draft");
		follow(By.cssSelector("[data-test=approve]"));
		assertThat(done()).contains("approved");
		follow(By.cssSelector("[data-test=make-public]"));
		assertThat(done()).contains("public");
		assertThat(browser.findElement(By.cssSelector("[data-test=state]")).getText()).isEqualTo("Public");
		Pages.assertUsable(browser, "success page");
		Pages.screenshot(browser, "workspace-success");
		Pages.signOut(browser);

		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/case-studies");
		Pages.assertUsable(browser, "public case studies");
		follow(By.linkText(title));
		Pages.assertUsable(browser, "public case study");
		assertThat(browser.findElement(By.cssSelector("[data-test=links]")).getText()).contains(CODE);

		browser.get(E2ePlatform.gatewayUrl() + "/case-studies");
		type(By.id("code"), CODE.toLowerCase());
		type(By.id("place"), "sittingbourne");
		follow(By.cssSelector("[data-test=find]"));
		Pages.assertUsable(browser, "case studies of every compact");
		assertThat(browser.findElement(By.cssSelector("[data-test=hits]")).getText()).contains(title,
				"Swale Compact, Sittingbourne");
		Pages.screenshot(browser, "case-studies-search");

		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/codes/"
				+ E2ePlatform.itemId(E2ePlatform.read("/api/t/swale/codes"), CODE));
		assertThat(browser.findElement(By.cssSelector("[data-test=case-studies]")).getText()).contains(title);
		Pages.assertUsable(browser, "code page with its case studies");
	}

	private String done() {
		return browser.findElement(By.cssSelector("[data-test=done]")).getText();
	}

	private void follow(By target) {
		Pages.follow(browser, target);
	}

	private void type(By field, String text) {
		WebElement input = browser.findElement(field);
		input.clear();
		input.sendKeys(text);
	}

}
