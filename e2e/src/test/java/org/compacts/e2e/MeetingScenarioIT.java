package org.compacts.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kent's admin, an editor, records the Lenham meeting of 23 September 2010 in a browser
 * without JavaScript: those present with their initials, the apologies, the agenda with
 * its minutes, and three actions arising, which appear in Kent's plan and say which
 * meeting they arose from. The minutes are circulated, agreed as correct at the next
 * meeting (whose agenda starts from the matters arising) and published on the public
 * site. The same pages are then checked with axe-core in a browser with JavaScript, and
 * photographed.
 */
@Order(10)
class MeetingScenarioIT {

	static final String TITLE = "Compact Implementation Group, recorded";

	static final List<String> PRESENT = List.of("Sarah Williams (SW) – Swale CVS (Chair) <sarah@example.org>",
			"Karen Garrett (KG) – Kent Fire and Rescue", "Judy Doherty (JD) – KCC Communities",
			"Andrew Bose (AB) – KCC Communities", "Keith Morris (KM) – Kent CAN", "Jacqui Ward (JW) – Kent Partnership",
			"Brian Clacy (BC) – KASS", "Martyn Vye (MV) – KCC Member for Canterbury", "Trevor Williams (TW) – KCC CFE",
			"Siari Weaver (SWe) – CCDCA", "Christine Locke (CL) – PCT", "Jo Pannell (JP) – KCC, CED (minutes)");

	WebDriver browser;

	/** The pages the editor saw, by name, to check again with axe-core. */
	final Map<String, String> seen = new LinkedHashMap<>();

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void kimRecordsTheLenhamMeetingWhoseActionsJoinThePlanAndWhoseMinutesAreApprovedAndPublished() {
		E2ePlatform.stack();
		browser = Browser.startWithoutJavaScript();
		Pages.signIn(browser, "kim.admin");

		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/workspace");
		follow(By.linkText("Meetings"));
		usable("meetings list");
		follow(By.cssSelector("[data-test=new-meeting]"));
		usable("new meeting form");
		type("title", TITLE);
		date("heldOn", "23", "9", "2010");
		type("startsAt", "09:30");
		type("endsAt", "11:50");
		type("place", "Lenham Community Hall");
		type("attendees", String.join("\n", PRESENT));
		type("apologies", "Howard Cohen\nSusan Levitt\nSue Beer\nLiz James\nStuart Skilton");
		item(1, "Apologies", "");
		item(2, "Minutes of the last meeting and matters arising",
				"Minutes of the last meeting agreed as correct. SW welcomed AB to the meeting.");
		item(3, "Compact leaflet", "SW asked if everyone had seen the new document.\n\n"
				+ "BC: we need a consistent message, and suggested a champions session.");
		item(4, "Round the table", "SWe: the Canterbury Group is working well.");
		item(5, "Date of next meeting", "SW to confirm: probably near the end of January 2011.");
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).contains("The meeting is recorded.");
		assertThat(browser.findElements(By.cssSelector("[data-test=attendee]"))).hasSize(12);
		assertThat(browser.findElement(By.cssSelector("[data-test=apologies]")).getText()).contains("Stuart Skilton");
		assertThat(browser.findElements(By.cssSelector("[data-test=item]"))).hasSize(5);
		String meeting = path();

		arise("Ask Katherine Kerswell about a champions session", "JW", "12", "10", "2010");
		arise("Talk to Mary Cooper about Member training", "JD & JP", "18", "11", "2010");
		arise("Tell BC or TW of any contract that is not Compact compliant", "ALL", "1", "4", "2011");
		usable("meeting page");
		List<WebElement> actions = browser.findElements(By.cssSelector("[data-test=action]"));
		assertThat(actions).hasSize(3);
		assertThat(actions.get(1).getText()).contains("Judy Doherty and Jo Pannell (JD & JP)",
				"KCC Communities; KCC, CED (minutes)", "18 November 2010", "Not started");
		assertThat(actions.get(2).getText()).contains("Everyone at the meeting (ALL)");

		// each action arising is an action of Kent's plan, which names the meeting
		follow(By.cssSelector("[data-test=action] [data-test=in-plan]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=arising-from]")).getText())
			.isEqualTo("Arising from the meeting of 23 September 2010");
		follow(By.cssSelector("a.govuk-back-link"));
		String plan = browser.findElement(By.tagName("main")).getText();
		assertThat(plan).contains("Ask Katherine Kerswell about a champions session",
				"Talk to Mary Cooper about Member training",
				"Tell BC or TW of any contract that is not Compact compliant");

		open(meeting);
		follow(By.cssSelector("[data-test=circulate]"));
		assertThat(done()).contains("The minutes are circulated.");
		assertThat(browser.findElement(By.cssSelector("[data-test=minutes-status]")).getText())
			.isEqualTo("Circulated for approval");

		// the next meeting starts from the matters arising and agrees the minutes
		follow(By.cssSelector("[data-test=next-meeting]"));
		usable("next meeting form");
		type("title", "Compact Champions Group");
		date("heldOn", "27", "1", "2011");
		type("place", "Sessions House, Maidstone");
		type("attendees", String.join("\n", PRESENT.subList(0, 6)));
		item(1, "Compact leaflet: the final draft", "");
		follow(By.cssSelector("[data-test=save]"));
		List<WebElement> agenda = browser.findElements(By.cssSelector("[data-test=item]"));
		assertThat(agenda.get(0).getText()).startsWith("1. Minutes of the meeting of 23 September 2010");
		assertThat(agenda.get(1).getText()).startsWith("2. Matters arising")
			.contains("Ask Katherine Kerswell about a champions session (JW, due 12 October 2010)");
		assertThat(agenda.get(2).getText()).startsWith("3. Compact leaflet: the final draft");
		follow(By.cssSelector("[data-test=approve]"));
		assertThat(done()).contains("The minutes of the last meeting are recorded as agreed.");
		assertThat(browser.findElement(By.cssSelector("[data-test=approves]")).getText())
			.isEqualTo("Minutes of the meeting of 23 September 2010 agreed as correct.");
		usable("next meeting page");

		open(meeting);
		assertThat(browser.findElement(By.cssSelector("[data-test=minutes-status]")).getText())
			.isEqualTo("Approved: agreed as correct at the meeting of 27 January 2011");
		assertThat(browser.findElements(By.cssSelector("[data-test=edit-meeting]"))).isEmpty();
		follow(By.cssSelector("[data-test=publish]"));
		assertThat(done()).contains("The minutes are published on the public site.");
		follow(By.cssSelector("[data-test=published] a"));
		usable("public minutes");
		String minutes = browser.findElement(By.tagName("main")).getText();
		assertThat(minutes)
			.contains(TITLE, "Sarah Williams", "Stuart Skilton", "Talk to Mary Cooper about Member training")
			.doesNotContain("sarah@example.org", "Not started");
		String pdf = browser.findElement(By.cssSelector("[data-test=pdf]")).getAttribute("href");
		byte[] paper = E2ePlatform.gateway()
			.get()
			.uri(pdf.substring(E2ePlatform.gatewayUrl().length()))
			.retrieve()
			.body(byte[].class);
		assertThat(new String(paper, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/meetings");
		usable("public minutes list");
		assertThat(browser.findElement(By.cssSelector("[data-test=meetings]")).getText()).contains(TITLE);
		browser.quit();

		// The same pages, with JavaScript, under axe-core.
		browser = Browser.start();
		Pages.signIn(browser, "kim.admin");
		seen.forEach((name, page) -> {
			browser.get(E2ePlatform.gatewayUrl() + page);
			Pages.assertUsable(browser, name + ", with JavaScript");
		});
		screenshot("meetings list", "workspace-meetings");
		screenshot("meeting page", "workspace-meeting");
		screenshot("new meeting form", "workspace-meeting-form");
		screenshot("public minutes", "public-minutes");
	}

	/** Minutes an action arising under the leaflet item and lands back on the meeting. */
	private void arise(String text, String owner, String day, String month, String year) {
		type("text", text);
		type("owner", owner);
		date("dueOn", day, month, year);
		new Select(browser.findElement(By.id("itemNumber"))).selectByValue("3");
		follow(By.cssSelector("[data-test=add-action]"));
		assertThat(done()).contains("The action arising is minuted and added to the plan.");
	}

	private void item(int number, String title, String minutes) {
		type(number == 1 ? "agenda" : "itemTitle-" + number, title);
		type("itemMinutes-" + number, minutes);
	}

	/** Checks the page's structure now and remembers it for axe-core later. */
	private void usable(String name) {
		Pages.assertUsable(browser, name);
		seen.put(name, browser.getCurrentUrl().substring(E2ePlatform.gatewayUrl().length()).replaceAll("#.*$", ""));
	}

	private void screenshot(String page, String name) {
		browser.get(E2ePlatform.gatewayUrl() + seen.get(page));
		Pages.screenshot(browser, name);
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
