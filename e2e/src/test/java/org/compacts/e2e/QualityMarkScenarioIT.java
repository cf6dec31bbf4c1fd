package org.compacts.e2e;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Swale's editor records two grants, one that keeps the funding code Swale adopted from
 * Kent and one that does not, and sees why; then a voluntary organisation that signed the
 * code answers its undertakings, the editor (the steering group, for now) awards it the
 * quality mark, and its public page shows it to anyone. Every new page passes axe-core.
 */
@Order(11)
class QualityMarkScenarioIT {

	static final String CODE = "Funding, Procurement, Resources and Commissioning";

	WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void samEditorChecksTheFundingRegisterAndAwardsTheQualityMarkThatAnyoneSees() {
		E2ePlatform.stack();
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> E2ePlatform.itemId(E2ePlatform.read("/api/t/swale/codes"), CODE) != null);
		String run = UUID.randomUUID().toString().substring(0, 6);
		String council = "Swale Borough Council " + run;
		String cvs = "Swale CVS " + run;
		browser = Browser.start();
		Pages.signIn(browser, "sam.editor");

		organisation(council, "sector");
		organisation(cvs, "sector-VCS");

		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/workspace");
		follow(By.linkText("Funding"));
		Pages.assertUsable(browser, "funding register");
		grant("Advice services " + run, council, cvs, "36");
		grant("Youth work " + run, council, cvs, "12");
		WebElement kept = record("Advice services " + run);
		WebElement broken = record("Youth work " + run);
		assertThat(kept.findElement(By.cssSelector("[data-test=status]")).getText()).isEqualTo("Compliant");
		assertThat(broken.findElement(By.cssSelector("[data-test=status]")).getText()).isEqualTo("Not compliant");
		assertThat(broken.findElement(By.cssSelector("[data-test=findings]")).getText())
			.contains("12 months is shorter than the standard of 3 years");
		assertThat(kept.findElement(By.cssSelector("[data-test=checked-against]")).getText()).contains(CODE);
		Pages.assertUsable(browser, "funding register with a compliant and a non-compliant record");
		Pages.screenshot(browser, "workspace-funding-register");

		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/workspace/organisations");
		follow(By.xpath("//tr[.//*[contains(normalize-space(.), '" + cvs + "')]]//a[@data-test='sign']"));
		Pages.tick(browser, "The " + CODE + " code");
		type(By.id("signedOn"), "1");
		type(By.id("signedOn-month"), "4");
		type(By.id("signedOn-year"), "2026");
		browser.findElement(By.id("signedAs")).click();
		follow(By.cssSelector("[data-test=sign]"));

		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/workspace");
		follow(By.linkText("Quality mark"));
		Pages.assertUsable(browser, "self-assessments");
		new Select(browser.findElement(By.id("organisationId"))).selectByVisibleText(cvs);
		follow(By.cssSelector("[data-test=begin]"));
		Pages.assertUsable(browser, "self-assessment draft");
		List<WebElement> undertakings = browser.findElements(By.cssSelector("[data-test=undertaking]"));
		assertThat(undertakings).isNotEmpty();
		for (int i = 0; i < undertakings.size(); i++) {
			browser.findElement(By.id("response-" + i + "-MET")).click();
			type(By.id("evidence-" + i), "Our 2026 annual report, section " + (i + 1));
		}
		follow(By.cssSelector("[data-test=save-answers]"));
		follow(By.cssSelector("[data-test=submit]"));
		assertThat(done()).contains("submitted");
		follow(By.cssSelector("[data-test=award]"));
		assertThat(done()).contains("Compact compliant");
		assertThat(browser.findElement(By.cssSelector("[data-test=status]")).getText()).isEqualTo("Compact compliant");
		Pages.assertUsable(browser, "awarded self-assessment");
		String publicPage = browser.findElement(By.cssSelector("[data-test=public-mark]")).getAttribute("href");
		Pages.signOut(browser);

		browser.get(publicPage);
		Pages.assertUsable(browser, "public quality mark");
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo(cvs);
		assertThat(browser.findElement(By.cssSelector("[data-test=mark]")).getText()).contains("Compact compliant");
		Pages.screenshot(browser, "public-quality-mark");
	}

	private void organisation(String name, String sector) {
		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/workspace/organisations/new");
		type(By.id("name"), name);
		browser.findElement(By.id(sector)).click();
		follow(By.cssSelector("[data-test=save]"));
	}

	private void grant(String title, String funder, String recipient, String months) {
		follow(By.cssSelector("[data-test=new-funding]"));
		type(By.id("title"), title);
		new Select(browser.findElement(By.id("funderId"))).selectByVisibleText(funder);
		new Select(browser.findElement(By.id("recipientId"))).selectByVisibleText(recipient);
		browser.findElement(By.id("kind")).click();
		type(By.id("amount"), "45,000");
		type(By.id("termMonths"), months);
		browser.findElement(By.id("payment")).click();
		browser.findElement(By.id("fullCostRecovery")).click();
		type(By.id("noticeWeeks"), "12");
		type(By.id("startsOn"), "1");
		type(By.id("startsOn-month"), "4");
		type(By.id("startsOn-year"), "2027");
		Pages.assertUsable(browser, "funding form");
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).contains("checked");
	}

	private WebElement record(String title) {
		return browser.findElements(By.cssSelector("[data-test=funding-record]"))
			.stream()
			.filter(card -> card.getText().contains(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no funding record " + title));
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
