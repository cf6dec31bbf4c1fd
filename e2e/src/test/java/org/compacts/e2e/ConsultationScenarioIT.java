package org.compacts.e2e;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kent's admin opens a consultation of 10 weeks (warned by Kent's own Consultation code)
 * and one of 6 weeks (refused, then opened with a published reason); Kent's champion and
 * its admin respond for two organisations, rating, ranking and tagging a point
 * aspirational, the champion changing the response before the close; after the close Kent
 * answers the aspirational point ("you said, we did", linked to a version) and makes it
 * an action of its plan (once, however often asked), and anyone reads the results and the
 * answer on Kent's public site. Every new page passes axe-core.
 */
@Order(10)
class ConsultationScenarioIT {

	final String run = UUID.randomUUID().toString().substring(0, 6);

	final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void kentConsultsItsPartnersAndPublishesTheResults() {
		E2ePlatform.stack();
		// two of Kent's organisations to respond for, first in the register's order
		organisation("Aaa Kent Council " + run, "PUBLIC");
		organisation("Aab Kent Voluntary Action " + run, "VCS");
		// the draft consulted on: a code of Kent's whose first version is in consultation
		// (a code of its own, so that the editor's scenario keeps Kent's Consultation
		// code
		// as it knows it)
		String draft = "The Consultation code, 2027 draft " + run;
		codeInConsultation(draft);
		browser = Browser.start();
		Pages.signIn(browser, "kim.admin");

		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/workspace");
		follow(By.linkText("Consultations"));
		Pages.assertUsable(browser, "consultations list");
		String ten = "How should the compact work next? " + run;
		write(ten, 10, null, "Code: " + draft + ", version 1");
		follow(By.cssSelector("[data-test=open] button"));
		assertThat(done()).contains("open");
		assertThat(text("[data-test=verdict]")).contains("10 weeks is shorter than the standard of 12 weeks");
		assertThat(text("[data-test=rule-source]")).contains("the Consultation code, version");
		Pages.assertUsable(browser, "consultation, open with a warning");
		String tenPage = browser.getCurrentUrl().replaceAll("\\?.*", "");

		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/workspace/consultations");
		String six = "Funding for next year " + run;
		write(six, 6, null, null);
		follow(By.cssSelector("[data-test=open] button"));
		assertThat(text("[data-test=error-summary]")).contains("shorter than the minimum of 8 weeks");
		Pages.assertUsable(browser, "consultation refused");
		follow(By.cssSelector("[data-test=edit]"));
		type(By.id("shortReason"), "The funding decision is taken in March.");
		follow(By.cssSelector("[data-test=save]"));
		follow(By.cssSelector("[data-test=open] button"));
		assertThat(done()).contains("open");
		assertThat(text("[data-test=short-reason]")).isEqualTo("The funding decision is taken in March.");

		respond(tenPage, 0, "Kim Admin", "4", List.of("2", "1", "3"), "ACHIEVABLE", null);
		Pages.signOut(browser);
		Pages.signIn(browser, "alex.champion");
		respond(tenPage, 1, "Alex Champion", "1", List.of("1", "3", "2"), "ASPIRATIONAL",
				"Say who leads the monitoring " + run + ".");
		Pages.assertUsable(browser, "consultation after a response");
		// the draft response is changed until the close: the page holds it as saved
		browser.get(tenPage);
		follow(By.cssSelector("[data-test=respond]"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Change your response");
		assertThat(browser.findElement(By.id("answer-0-1")).isSelected()).isTrue();
		Pages.assertUsable(browser, "respond form, changing a response");
		browser.findElement(By.cssSelector("label[for=answer-0-2]")).click();
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).contains("response is saved");
		Pages.signOut(browser);

		Pages.signIn(browser, "kim.admin");
		browser.get(tenPage);
		follow(By.cssSelector("[data-test=close] button"));
		assertThat(done()).contains("closed");

		// you said, we did: the aspirational point answered and made an action of the
		// plan, once however often it is asked
		String plan = "Work programme " + run;
		plan(plan);
		follow(By.cssSelector("[data-test=you-said-we-did]"));
		Pages.assertUsable(browser, "you said, we did");
		follow(By.cssSelector("[data-test=points] tbody tr:nth-child(3) [data-test=answer]"));
		Pages.assertUsable(browser, "answer a point");
		follow(By.cssSelector("[data-test=save-answer]"));
		assertThat(text("[data-test=error-summary]")).contains("Text: must not be blank");
		Pages.assertUsable(browser, "answer a point, refused");
		type(By.id("text"), "A joint monitoring group meets from April " + run + ".");
		new Select(browser.findElement(By.id("itemId"))).selectByIndex(1);
		type(By.id("itemVersion"), "1");
		follow(By.cssSelector("[data-test=save-answer]"));
		assertThat(done()).contains("answer is saved");
		new Select(browser.findElement(By.id("planId"))).selectByVisibleText(plan + " (2027-28)");
		follow(By.cssSelector("[data-test=make-actions]"));
		assertThat(done()).contains("actions of the plan");
		new Select(browser.findElement(By.id("planId"))).selectByVisibleText(plan + " (2027-28)");
		follow(By.cssSelector("[data-test=make-actions]"));
		assertThat(done()).contains("none was added");
		assertThat(browser.findElements(By.cssSelector("[data-test=action]"))).hasSize(1);
		Pages.assertUsable(browser, "you said, we did, with the action");
		Pages.screenshot(browser, "consultation-you-said-we-did");
		follow(By.cssSelector("[data-test=action] a"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Is a joint monitoring group achievable?");
		assertThat(text("[data-test=from-consultation]")).contains("question 3 of a consultation");
		Pages.signOut(browser);

		browser.get(E2ePlatform.gatewayUrl() + "/t/kent/consultations");
		Pages.assertUsable(browser, "public consultations");
		follow(By.linkText(ten));
		assertThat(text("[data-test=response-count]")).isEqualTo("2 responses.");
		// ratings 4 and 2 (changed from 1); rankings (Option 2, Option 1, Option 3) and
		// (Option 1, Option
		// 3,
		// Option 2): Borda 1+2 = 3, 2+0 = 2, 0+1 = 1
		assertThat(text("[data-test=mean]")).contains("3.00", "3.0");
		assertThat(text("[data-test=borda]")).contains("Option 1 3", "Option 2 2", "Option 3 1");
		assertThat(text("[data-test=you-said-we-did]")).contains("Is a joint monitoring group achievable?",
				"A joint monitoring group meets from April " + run + ".");
		assertThat(text("[data-test=comments-by-anchor]")).contains("Say who leads the monitoring " + run + ".");
		Pages.assertUsable(browser, "public consultation results");
		Pages.screenshot(browser, "public-consultation-results");
		// and on paper, for anyone
		byte[] pdf = E2ePlatform.gateway()
			.get()
			.uri(browser.findElement(By.cssSelector("[data-test=results-pdf]")).getAttribute("href"))
			.retrieve()
			.body(byte[].class);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	private static void codeInConsultation(String title) {
		String token = E2ePlatform.tokens().accessToken("kim.admin");
		String id = E2ePlatform.gateway()
			.post()
			.uri("/api/t/kent/codes")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", title, "aim", "Partners consult each other early and for long enough.", "mode",
					"ADAPTABLE"))
			.retrieve()
			.body(tools.jackson.databind.JsonNode.class)
			.path("id")
			.asString();
		E2ePlatform.gateway()
			.post()
			.uri("/api/t/kent/codes/{id}/versions/1/consultation", id)
			.header("Authorization", "Bearer " + token)
			.retrieve()
			.toBodilessEntity();
	}

	private static void plan(String title) {
		E2ePlatform.gateway()
			.post()
			.uri("/api/t/kent/plans")
			.header("Authorization", "Bearer " + E2ePlatform.tokens().accessToken("kim.admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", title, "period", "2027-28", "visibility", "MEMBERS"))
			.retrieve()
			.toBodilessEntity();
	}

	private static void organisation(String name, String sector) {
		E2ePlatform.gateway()
			.post()
			.uri("/api/t/kent/organisations")
			.header("Authorization", "Bearer " + E2ePlatform.tokens().accessToken("kim.admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", name, "sector", sector))
			.retrieve()
			.toBodilessEntity();
	}

	/** A draft with the demo's kind of questions, from today for the weeks given. */
	private void write(String title, int weeks, String reason, String draft) {
		follow(By.cssSelector("[data-test=new-consultation]"));
		Pages.assertUsable(browser, "new consultation form");
		type(By.id("title"), title);
		if (draft != null) {
			new Select(browser.findElement(By.id("draft"))).selectByVisibleText(draft);
		}
		date("opensOn", today);
		date("closesOn", today.plusWeeks(weeks));
		if (reason != null) {
			type(By.id("shortReason"), reason);
		}
		type(By.id("questionText-1"), "How well is the compact monitored?");
		new Select(browser.findElement(By.id("questionType-1"))).selectByValue("RATING");
		type(By.id("questionScale-1"), "5");
		type(By.id("questionText-2"), "Rank the three implementation options");
		new Select(browser.findElement(By.id("questionType-2"))).selectByValue("RANKING");
		type(By.id("questionOptions-2"), "Option 1\nOption 2\nOption 3");
		type(By.id("questionText-3"), "Is a joint monitoring group achievable?");
		new Select(browser.findElement(By.id("questionType-3"))).selectByValue("ACHIEVABILITY");
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).contains("draft");
	}

	private void respond(String page, int organisation, String name, String rating, List<String> places, String tag,
			String comment) {
		browser.get(page);
		follow(By.cssSelector("[data-test=respond]"));
		Pages.assertUsable(browser, "respond form");
		new Select(browser.findElement(By.id("organisationId"))).selectByIndex(organisation);
		type(By.id("respondentName"), name);
		browser.findElement(By.cssSelector("label[for=answer-0-" + rating + "]")).click();
		for (int j = 0; j < places.size(); j++) {
			new Select(browser.findElement(By.id("rank-1-" + j))).selectByValue(places.get(j));
		}
		browser.findElement(By.cssSelector("label[for=answer-2-" + ("ACHIEVABLE".equals(tag) ? 0 : 1) + "]")).click();
		if (comment != null) {
			// on the draft's aim, its first field
			new Select(browser.findElement(By.id("commentAnchor-0"))).selectByIndex(1);
			type(By.id("commentText-0"), comment);
		}
		follow(By.cssSelector("[data-test=save]"));
		assertThat(done()).contains("response is saved");
	}

	private void date(String field, LocalDate day) {
		type(By.id(field), Integer.toString(day.getDayOfMonth()));
		type(By.id(field + "-month"), Integer.toString(day.getMonthValue()));
		type(By.id(field + "-year"), Integer.toString(day.getYear()));
	}

	private String done() {
		return text("[data-test=done]");
	}

	private String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
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
