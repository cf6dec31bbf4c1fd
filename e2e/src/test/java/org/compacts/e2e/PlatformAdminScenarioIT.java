package org.compacts.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform admin creates a county and a district that follows it, in the browser
 * only, and both appear in the public register, the district under its county; a tenant
 * admin finds no such page. Once with JavaScript and once without.
 */
@Order(8)
class PlatformAdminScenarioIT {

	WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@ParameterizedTest(name = "{0} and {1}, JavaScript {2}")
	@CsvSource({ "sussex, hastings, true", "cumbria, eden, false" })
	void thePlatformAdminCreatesACountyAndADistrictThatFollowsIt(String county, String district, boolean javaScript) {
		E2ePlatform.stack();
		browser = javaScript ? Browser.start() : Browser.startWithoutJavaScript();
		String countyName = capitalised(county) + " Compact";
		String districtName = capitalised(district) + " Compact";

		Pages.signIn(browser, "pat.platform");
		Pages.follow(browser, By.cssSelector("[data-test=admin-link]"));
		Pages.assertUsable(browser, "admin compacts");
		Pages.follow(browser, By.cssSelector("[data-test=new-compact]"));
		Pages.assertUsable(browser, "new compact");

		Pages.follow(browser, By.cssSelector("[data-test=create]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=error-summary]")).getText()).isNotBlank();
		assertThat(browser.getTitle()).startsWith("Error: ");
		Pages.assertUsable(browser, "new compact refused");

		create(countyName, county, "level-county", null, "KEEPS_OWN");
		assertThat(browser.findElement(By.cssSelector("[data-test=compacts]")).getText()).contains(countyName);
		Pages.follow(browser, By.cssSelector("[data-test=new-compact]"));
		create(districtName, district, "level-district", county, "ADOPTS_PARENT_CORE");
		assertThat(browser.findElement(By.cssSelector("[data-test=compacts]")).getText()).contains(districtName);
		if (javaScript) {
			Pages.screenshot(browser, "admin-compacts");
		}

		browser.get(E2ePlatform.gatewayUrl() + "/");
		WebElement group = browser.findElement(By.cssSelector("[data-county=" + county + "]"));
		assertThat(group.findElement(By.cssSelector("li[data-tenant=" + district + "]")).getText())
			.contains(districtName, "follows the county");
		Pages.signOut(browser);

		Pages.signIn(browser, "kim.admin");
		assertThat(browser.findElements(By.cssSelector("[data-test=admin-link]"))).isEmpty();
		browser.get(E2ePlatform.gatewayUrl() + "/admin/compacts/new");
		assertThat(browser.findElement(By.tagName("h1")).getText()).containsIgnoringCase("not found");
	}

	private void create(String name, String slug, String level, String county, String adoption) {
		browser.findElement(By.id("name")).sendKeys(name);
		browser.findElement(By.id("slug")).sendKeys(slug);
		browser.findElement(By.id(level)).click();
		if (county != null) {
			new Select(browser.findElement(By.name("county"))).selectByValue(county);
		}
		browser.findElement(By.cssSelector("input[name=adoption][value=" + adoption + "]")).click();
		Pages.follow(browser, By.cssSelector("[data-test=create]"));
		assertThat(browser.findElement(By.cssSelector("[data-test=done]")).getText()).isNotBlank();
	}

	private static String capitalised(String slug) {
		return Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
	}

}
