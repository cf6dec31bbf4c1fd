package org.compacts.e2e;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swale's editor sets up its steering group, starts the year's annual review, answers the
 * monitoring questions, records a suggested amendment and what was decided of it, signs
 * the review off for the group and publishes it; then anyone reads it on Swale's public
 * site. Every new page passes axe-core and is photographed.
 */
@Order(10)
class ReviewScenarioIT {

	static final int YEAR = 2026;

	WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void samEditorSignsOffAndPublishesTheYearsReviewThatAnyoneReads() {
		E2ePlatform.stack();
		browser = Browser.start();
		Pages.signIn(browser, "sam.editor");

		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/workspace");
		follow(By.linkText("Annual reviews"));
		Pages.assertUsable(browser, "annual reviews");
		follow(By.linkText("The steering group"));
		type(By.id("name"), "Swale Compact Steering Group");
		type(By.id("meetingsPerYear"), "3");
		type(By.id("members"), "Jo Chair | Swale CVS | chair\nAnn Officer | Swale Borough Council | secretary");
		follow(By.cssSelector("[data-test=save-group]"));
		assertThat(done()).contains("steering group is saved");
		assertThat(browser.findElement(By.cssSelector("[data-test=members]")).getText()).contains("Jo Chair");
		Pages.assertUsable(browser, "steering group");

		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/workspace/reviews");
		type(By.id("year"), Integer.toString(YEAR));
		follow(By.cssSelector("[data-test=start-review]"));
		assertThat(done()).contains("started");
		Pages.assertUsable(browser, "draft review");

		// signed off too soon: the unanswered questions are named
		follow(By.cssSelector("[data-test=sign-off]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=error-summary]")).getText())
			.contains("is not answered");
		Pages.assertUsable(browser, "review refused sign-off");

		List<WebElement> answers = browser.findElements(By.cssSelector("textarea[name=answer]"));
		assertThat(answers).isNotEmpty();
		for (WebElement answer : answers) {
			answer.clear();
			answer.sendKeys("The steering group, at each of its three meetings.");
		}
		follow(By.cssSelector("[data-test=save-answers]"));
		assertThat(done()).contains("answers are saved");

		type(By.id("suggestion"), "Add a code of practice on volunteering.");
		type(By.id("suggestedBy"), "Swale CVS");
		type(By.id("receivedOn"), "1");
		type(By.id("receivedOn-month"), "5");
		type(By.id("receivedOn-year"), Integer.toString(YEAR));
		follow(By.cssSelector("[data-test=add-amendment]"));
		assertThat(done()).contains("amendment is added");
		WebElement amendment = browser.findElement(By.cssSelector("[data-test=amendment]"));
		new Select(amendment.findElement(By.name("decision"))).selectByValue("ACCEPTED");
		WebElement reason = amendment.findElement(By.name("reason"));
		reason.clear();
		reason.sendKeys("Agreed: a code will be drafted with the sector.");
		Pages.follow(browser, By.cssSelector("[data-test=amendment] [data-test=decide]"));
		assertThat(done()).contains("decision is recorded");
		Pages.assertUsable(browser, "review with a decision");

		follow(By.cssSelector("[data-test=sign-off]"));
		assertThat(done()).contains("signed off");
		assertThat(browser.findElement(By.cssSelector("[data-test=state]")).getText()).isEqualTo("Signed off");
		assertThat(browser.findElement(By.cssSelector("[data-test=signed-off]")).getText())
			.contains("Swale Compact Steering Group, chaired by Jo Chair");
		assertThat(browser.findElements(By.cssSelector("[data-test=frozen]"))).hasSize(1);
		follow(By.cssSelector("[data-test=publish]"));
		assertThat(done()).contains("published");
		Pages.assertUsable(browser, "signed-off review");
		Pages.screenshot(browser, "workspace-review");
		Pages.signOut(browser);

		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/reviews");
		Pages.assertUsable(browser, "public annual reviews");
		follow(By.linkText("Annual review " + YEAR + "-27"));
		Pages.assertUsable(browser, "public annual review");
		assertThat(browser.findElement(By.cssSelector("[data-test=amendments]")).getText()).contains(
				"Add a code of practice on volunteering.", "Accepted",
				"Agreed: a code will be drafted with the sector.");
		assertThat(browser.findElement(By.cssSelector("[data-test=signed-off]")).getText())
			.contains("chaired by Jo Chair");
		Pages.screenshot(browser, "public-review");
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
