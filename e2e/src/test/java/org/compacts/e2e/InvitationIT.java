package org.compacts.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A tenant admin invites a person by e-mail, over real SMTP; the person follows the link,
 * signs in, accepts, and holds the role from their next sign-in.
 */
@Order(4)
class InvitationIT {

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		E2ePlatform.stack();
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	@AfterEach
	void cleanUp() {
		if (browser != null) {
			browser.quit();
		}
		E2ePlatform.gateway()
			.delete()
			.uri("/api/tenants/kent/members/hana.hounslow/member")
			.header("Authorization", "Bearer " + E2ePlatform.tokens().accessToken("kim.admin"))
			.exchange((request, response) -> response.getStatusCode());
	}

	@Test
	void anInvitedPersonAcceptsAndHoldsTheRoleFromTheirNextSignIn() throws Exception {
		E2ePlatform.gateway()
			.post()
			.uri("/api/tenants/kent/invitations")
			.header("Authorization", "Bearer " + E2ePlatform.tokens().accessToken("kim.admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", "hana.hounslow@example.org", "role", "member"))
			.retrieve()
			.toBodilessEntity();

		Path mail = E2ePlatform.stack().options().logs().resolve("mail.log");
		Pattern link = Pattern.compile("(http://localhost:\\d+/invitations/[A-Za-z0-9_-]+)");
		String invitationLink = await().atMost(Duration.ofSeconds(30)).until(() -> {
			if (!Files.exists(mail)) {
				return null;
			}
			String text = Files.readString(mail);
			int forHana = text.lastIndexOf("=== to hana.hounslow@example.org");
			Matcher matcher = link.matcher(forHana < 0 ? "" : text.substring(forHana));
			return matcher.find() ? matcher.group(1) : null;
		}, found -> found != null);

		browser.get(invitationLink);
		Browser.signInOnKeycloak(browser, wait, "hana.hounslow");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=accept]")));
		assertThat(browser.getPageSource()).contains("Kent Partners Compact");
		browser.findElement(By.cssSelector("[data-test=accept]")).click();

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=joined]")));
		assertThat(browser.getCurrentUrl()).contains("/t/kent");

		browser.findElement(By.cssSelector("[data-test=sign-out]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=sign-in]"))).click();
		Browser.signInOnKeycloak(browser, wait, "hana.hounslow");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=my-compacts]")));
		assertThat(browser.findElement(By.cssSelector("tr[data-tenant=kent]")).getText()).contains("Member");
	}

}
