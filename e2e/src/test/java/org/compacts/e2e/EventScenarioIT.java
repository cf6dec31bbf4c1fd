package org.compacts.e2e;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kent's admin, an editor, puts on a champions session in a browser without JavaScript
 * and appoints alex.champion a champion; alex signs up; kim records that alex came, and
 * alex's champion record lists the session. Kim then sends the champions an update, which
 * is listed. The same pages are then checked with axe-core in a browser with JavaScript.
 */
@Order(11)
class EventScenarioIT {

	final String run = UUID.randomUUID().toString().substring(0, 8);

	WebDriver browser;

	/** The pages seen, by name, to check again with axe-core. */
	final Map<String, String> seen = new LinkedHashMap<>();

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void kimPutsOnAChampionsSessionAlexSignsUpAndCameAndKimSendsAnUpdate() {
		E2ePlatform.stack();
		String title = "Compact Champions session " + run;
		browser = Browser.startWithoutJavaScript();
		Pages.signIn(browser, "kim.admin");

		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/workspace/meetings");
		follow(By.cssSelector("[data-test=new-meeting]"));
		type("title", title);
		new Select(browser.findElement(By.id("kind"))).selectByValue("CHAMPIONS_SESSION");
		type("capacity", "12");
		date("heldOn", "22", "2", "2099");
		type("startsAt", "12:30");
		type("endsAt", "13:30");
		type("place", "Committee Room 3, Civic Centre");
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).contains("The meeting is recorded.");
		String session = path();
		usable("session page");
		assertThat(text("[data-test=places]")).isEqualTo("0 of 12 places taken; 12 left.");

		// alex is appointed a champion of one of Kent's organisations
		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/workspace/champions/new");
		usable("appoint a champion");
		type("username", "alex.champion");
		type("email", "alex.champion@example.org");
		new Select(browser.findElement(By.id("organisationId"))).selectByIndex(1);
		date("nominatedOn", "22", "2", "2010");
		follow(By.cssSelector("[data-test=appoint]"));
		browser.quit();

		// alex signs up, in a browser of their own
		browser = Browser.startWithoutJavaScript();
		Pages.signIn(browser, "alex.champion");
		open(session);
		follow(By.cssSelector("[data-test=sign-up]"));
		assertThat(done()).contains("You are signed up.");
		assertThat(text("[data-test=places]")).isEqualTo("1 of 12 places taken; 11 left.");
		assertThat(browser.findElements(By.cssSelector("[data-test=cancel-sign-up]"))).hasSize(1);
		browser.quit();

		// kim records that alex came; alex's record lists the session
		browser = Browser.startWithoutJavaScript();
		Pages.signIn(browser, "kim.admin");
		open(session);
		WebElement alex = browser.findElement(By.cssSelector("[data-test=signed-up] input[value='alex.champion']"));
		alex.click();
		follow(By.cssSelector("[data-test=record-attendance]"));
		assertThat(done()).contains("The attendance is recorded.");
		assertThat(text("[data-test=sign-ups]")).contains("(alex.champion), came");
		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/workspace/champions");
		usable("champions");
		assertThat(text("[data-test=serving]")).contains("Champions session: " + title, "22 February 2099");
		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/champions");
		usable("public champions");
		assertThat(text("[data-test=champions]")).contains("Champions session: " + title);

		// an update to the champions, listed
		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/workspace");
		follow(By.linkText("Updates"));
		usable("updates");
		follow(By.cssSelector("[data-test=new-update]"));
		usable("send an update");
		String update = "Compact refresh " + run;
		type("title", update);
		type("body", "The draft refresh of the compact is out for comment.\n\nPlease annotate it by Friday.");
		browser.findElement(By.id("published")).click();
		follow(By.cssSelector("[data-test=send-update]"));
		assertThat(done()).contains("The update is sent");
		usable("update page");
		assertThat(text("[data-test=update-title]")).isEqualTo(update);
		follow(By.cssSelector("a.govuk-back-link"));
		assertThat(text("[data-test=updates]")).contains(update);
		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/updates");
		usable("public updates");
		assertThat(text("[data-test=updates]")).contains(update);
		// where each person chooses how the updates reach them
		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/workspace");
		follow(By.linkText("E-mail reminders"));
		usable("e-mail reminders");
		browser.quit();

		// The same pages, with JavaScript, under axe-core.
		browser = Browser.start();
		Pages.signIn(browser, "kim.admin");
		seen.forEach((name, page) -> {
			browser.get(E2ePlatform.gatewayUrl() + page);
			Pages.assertUsable(browser, name + ", with JavaScript");
		});
		browser.get(E2ePlatform.gatewayUrl() + seen.get("session page"));
		Pages.screenshot(browser, "workspace-training-session");
		browser.get(E2ePlatform.gatewayUrl() + seen.get("updates"));
		Pages.screenshot(browser, "workspace-updates");
	}

	/** Checks the page's structure now and remembers it for axe-core later. */
	private void usable(String name) {
		Pages.assertUsable(browser, name);
		seen.put(name, browser.getCurrentUrl().substring(E2ePlatform.gatewayUrl().length()).replaceAll("[?#].*$", ""));
	}

	private void open(String page) {
		browser.get(E2ePlatform.gatewayUrl() + page);
	}

	private String path() {
		return browser.getCurrentUrl().substring(E2ePlatform.gatewayUrl().length()).replaceAll("[?#].*$", "");
	}

	private String done() {
		return browser.findElement(By.cssSelector("[data-test=done]")).getText();
	}

	private String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

	private void follow(By target) {
		Pages.follow(browser, target);
	}

	private void type(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		if (!text.isEmpty()) {
			input.sendKeys(text);
		}
	}

	private void date(String field, String day, String month, String year) {
		type(field, day);
		type(field + "-month", month);
		type(field + "-year", year);
	}

}
