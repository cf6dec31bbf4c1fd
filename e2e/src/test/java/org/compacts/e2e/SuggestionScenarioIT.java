package org.compacts.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A champion of Swale suggests an amendment into the standing register (refused first for
 * want of words, the field named), chooses how often the compact writes to them, and
 * then, signed out, stops its e-mails from the one-click link a mail carries; Swale's
 * editor sees the steering group's meetings. Every page passes axe-core and is
 * photographed.
 */
@Order(12)
class SuggestionScenarioIT {

	/**
	 * The embedded default's unsubscribe secret (compact-service's application.yml): the
	 * link is signed here as the mail would sign it.
	 */
	static final String SECRET = "embedded-default-only-not-a-secret-0123456789";

	WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aChampionSuggestsAnAmendmentChoosesHerRemindersAndStopsThemFromTheMailsLink() {
		E2ePlatform.stack();
		String run = UUID.randomUUID().toString().substring(0, 8);
		browser = Browser.start();
		Pages.signIn(browser, "alex.champion");

		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/workspace");
		Pages.follow(browser, By.linkText("Suggested amendments"));
		Pages.assertUsable(browser, "suggested amendments");
		// no words: refused, the field named
		type(By.id("suggestedBy"), "Swale CVS");
		Pages.follow(browser, By.cssSelector("[data-test=suggest]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=error-summary]")).getText())
			.containsIgnoringCase("suggestion");
		Pages.assertUsable(browser, "suggested amendments, refused");
		String suggestion = "Meet in the evenings too, so volunteers can come. " + run;
		type(By.id("suggestion"), suggestion);
		type(By.id("suggestedBy"), "Swale CVS");
		Pages.follow(browser, By.cssSelector("[data-test=suggest]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=done]")).getText()).contains("in the register");
		assertThat(browser.findElement(By.cssSelector("[data-test=suggestions]")).getText()).contains(suggestion);
		Pages.assertUsable(browser, "suggested amendments, with one made");
		Pages.screenshot(browser, "workspace-suggestions");

		// how often the compact writes to her
		Pages.follow(browser, By.linkText("E-mail reminders"));
		Pages.assertUsable(browser, "e-mail reminders");
		browser.findElement(By.cssSelector("input[name=cadence][value=WEEKLY]")).click();
		Pages.follow(browser, By.cssSelector("[data-test=save]"));
		Pages.assertUsable(browser, "e-mail reminders, saved");
		Pages.screenshot(browser, "workspace-notice-preferences");
		Pages.signOut(browser);

		// the link at the foot of a mail, opened signed out: one button stops them
		String person = "alex.champion@example.org";
		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/unsubscribe?person="
				+ URLEncoder.encode(person, StandardCharsets.UTF_8) + "&list=reminders&sig="
				+ signature("swale", person, "reminders"));
		Pages.assertUsable(browser, "one-click unsubscribe");
		Pages.screenshot(browser, "unsubscribe");
		Pages.follow(browser, By.cssSelector("[data-test=unsubscribe]"));
		assertThat(browser.findElements(By.cssSelector("[data-test=unsubscribed]"))).hasSize(1);
		Pages.assertUsable(browser, "unsubscribed");
		Pages.screenshot(browser, "unsubscribed");
		// a link changed by hand is refused, and says so
		browser
			.get(E2ePlatform.gatewayUrl() + "/t/swale/unsubscribe?person=sam.editor%40example.org&list=reminders&sig="
					+ signature("swale", person, "reminders"));
		Pages.follow(browser, By.cssSelector("[data-test=unsubscribe]"));
		assertThat(browser.findElements(By.cssSelector("[data-test=error-summary]"))).hasSize(1);
		Pages.assertUsable(browser, "unsubscribe refused");

		// the steering group's page lists its meetings and plans the next from the last
		Pages.signIn(browser, "sam.editor");
		browser.get(E2ePlatform.gatewayUrl() + "/t/swale/workspace/steering-group");
		Pages.assertUsable(browser, "steering group with its meetings");
		Pages.screenshot(browser, "workspace-steering-group-meetings");
	}

	/**
	 * An update to Kent's members reaches a member compact-service has never heard of (no
	 * champion record, Kent's champion only in Keycloak): compact-service asks
	 * tenant-service with the editor's token (ADR 23), and the mail goes at once, as she
	 * chose, through the real mail catcher.
	 */
	@Test
	void anUpdateToTheMembersReachesAMemberKnownOnlyToKeycloak() {
		E2ePlatform.stack();
		String alex = E2ePlatform.tokens().accessToken("alex.champion");
		ResponseEntity<Void> seen = E2ePlatform.gateway()
			.get()
			.uri("/api/t/kent/notices/preferences/me")
			.header("Authorization", "Bearer " + alex)
			.retrieve()
			.toBodilessEntity();
		E2ePlatform.gateway()
			.put()
			.uri("/api/t/kent/notices/preferences/me")
			.header("Authorization", "Bearer " + alex)
			.header("If-Match", seen.getHeaders().getETag())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("cadence", "AT_ONCE"))
			.retrieve()
			.toBodilessEntity();
		String title = "To every member of Kent " + UUID.randomUUID();
		ResponseEntity<String> sent = E2ePlatform.gateway()
			.post()
			.uri("/api/t/kent/updates")
			.header("Authorization", "Bearer " + E2ePlatform.tokens().accessToken("kim.admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("audience", "MEMBERS", "title", title, "body", "The refresh is out for comment."))
			.retrieve()
			.toEntity(String.class);
		assertThat(sent.getStatusCode().value()).isEqualTo(201);

		Path mail = E2ePlatform.stack().options().logs().resolve("mail.log");
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(5)).until(() -> {
			if (!Files.exists(mail)) {
				return false;
			}
			// each mail in the log starts "=== to <address>": one of Alex's carries the
			// update
			for (String one : Files.readString(mail).split("(?m)^(?==== to )")) {
				if (one.startsWith("=== to alex.champion@example.org") && one.contains(title)) {
					return true;
				}
			}
			return false;
		});
	}

	private void type(By field, String text) {
		WebElement input = browser.findElement(field);
		input.clear();
		input.sendKeys(text);
	}

	private static String signature(String compact, String person, String list) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] signed = mac.doFinal((compact + '\0' + person + '\0' + list).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
