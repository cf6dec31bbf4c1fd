package org.compacts.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kent's tenant admin invites a person from the members page, over real SMTP; the person
 * follows the link, signs in, accepts, and holds the role from their next sign-in; the
 * admin then sees them among the members and removes them. In the browser only, once with
 * JavaScript and once without.
 */
@Order(4)
class InvitationIT {

	WebDriver browser;

	WebDriverWait wait;

	String invited;

	@AfterEach
	void cleanUp() {
		if (browser != null) {
			browser.quit();
		}
		// only if the scenario failed before the admin removed them in the browser
		for (String role : new String[] { "member", "editor" }) {
			E2ePlatform.gateway()
				.delete()
				.uri("/api/tenants/kent/members/{username}/{role}", invited, role)
				.header("Authorization", "Bearer " + E2ePlatform.tokens().accessToken("kim.admin"))
				.exchange((request, response) -> response.getStatusCode());
		}
	}

	@ParameterizedTest(name = "{0} joins Kent as {1}, JavaScript {2}")
	@CsvSource({ "hana.hounslow, member, true", "dee.derbyshire, editor, false" })
	void aTenantAdminInvitesAPersonWhoAcceptsAndIsThenAMember(String username, String role, boolean javaScript)
			throws Exception {
		E2ePlatform.stack();
		invited = username;
		browser = javaScript ? Browser.start() : Browser.startWithoutJavaScript();
		wait = new WebDriverWait(browser, Pages.PATIENCE);
		String members = E2ePlatform.gatewayUrl() + "/t/kent/workspace/members";

		Pages.signIn(browser, "kim.admin");
		browser.get(members);
		Pages.assertUsable(browser, "members");
		Pages.follow(browser, By.cssSelector("[data-test=invite]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=error-summary]")).getText()).contains("mail");
		assertThat(browser.getTitle()).startsWith("Error: ");
		Pages.assertUsable(browser, "members refused");

		browser.findElement(By.id("email")).sendKeys(username + "@example.org");
		browser.findElement(By.id("role-" + role)).click();
		Pages.follow(browser, By.cssSelector("[data-test=invite]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=done]")).getText()).contains("invitation is sent");
		assertThat(browser.findElement(By.cssSelector("[data-invitation='" + username + "@example.org']")).getText())
			.contains(role, "kim.admin");
		if (javaScript) {
			Pages.screenshot(browser, "workspace-members");
		}
		Pages.signOut(browser);

		browser.get(invitationLinkFor(username + "@example.org"));
		Browser.signInOnKeycloak(browser, wait, username);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=accept]")));
		assertThat(browser.getPageSource()).contains("Kent Partners Compact");
		Pages.assertUsable(browser, "invitation");
		Pages.follow(browser, By.cssSelector("[data-test=accept]"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=joined]")));
		assertThat(browser.getCurrentUrl()).contains("/t/kent");

		Pages.signOut(browser);
		Pages.signIn(browser, username);
		browser.get(E2ePlatform.gatewayUrl() + "/");
		assertThat(browser.findElement(By.cssSelector("tr[data-tenant=kent]")).getText())
			.containsIgnoringCase(role.equals("member") ? "Member" : "Editor");

		Pages.signOut(browser);
		Pages.signIn(browser, "kim.admin");
		browser.get(members + "/" + username);
		Pages.assertUsable(browser, "member");
		Pages.follow(browser, By.cssSelector("[data-test=remove]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=done]")).getText()).contains("removed");
		assertThat(browser.findElements(By.cssSelector("[data-member='" + username + "']"))).isEmpty();
	}

	private static String invitationLinkFor(String email) {
		Path mail = E2ePlatform.stack().options().logs().resolve("mail.log");
		Pattern link = Pattern.compile("(http://localhost:\\d+/invitations/[A-Za-z0-9_-]+)");
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			if (!Files.exists(mail)) {
				return null;
			}
			String text = Files.readString(mail);
			int forThem = text.lastIndexOf("=== to " + email);
			Matcher matcher = link.matcher(forThem < 0 ? "" : text.substring(forThem));
			return matcher.find() ? matcher.group(1) : null;
		}, found -> found != null);
	}

}
