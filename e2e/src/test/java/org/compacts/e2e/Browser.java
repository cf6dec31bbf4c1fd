package org.compacts.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import org.openqa.selenium.WebDriver;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium, headless, driven by its own ChromeDriver: nothing is downloaded. */
final class Browser {

	/**
	 * The browsers started without JavaScript: asking such a browser to run a script does
	 * not fail at once, it waits out the script timeout, so the tests ask here instead.
	 */
	private static final Set<WebDriver> WITHOUT_JAVASCRIPT = Collections.newSetFromMap(new WeakHashMap<>());

	private Browser() {
	}

	static boolean runsJavaScript(WebDriver browser) {
		return !WITHOUT_JAVASCRIPT.contains(browser);
	}

	/** On Keycloak's sign-in page: the demo password is {@code demo}. */
	static void signInOnKeycloak(WebDriver browser, org.openqa.selenium.support.ui.WebDriverWait wait,
			String username) {
		wait.until(org.openqa.selenium.support.ui.ExpectedConditions
			.visibilityOfElementLocated(org.openqa.selenium.By.id("username")));
		browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
		browser.findElement(org.openqa.selenium.By.id("password")).sendKeys("demo");
		browser.findElement(org.openqa.selenium.By.id("kc-login")).click();
	}

	static ChromeDriver start() {
		return start(true);
	}

	/** A browser that runs no page's JavaScript, as some visitors' do. */
	static ChromeDriver startWithoutJavaScript() {
		return start(false);
	}

	private static ChromeDriver start(boolean javaScript) {
		File chromium = new File("/usr/bin/chromium");
		File chromedriver = new File("/usr/bin/chromedriver");
		if (!chromium.canExecute() || !chromedriver.canExecute()) {
			throw new IllegalStateException(
					"The browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver); infra/test-all installs them");
		}
		try {
			ChromeOptions options = new ChromeOptions().setBinary(chromium)
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-dev-shm-usage", "--window-size=1280,1000",
						"--user-data-dir=" + Files.createTempDirectory("compacts-chromium"));
			if (!javaScript) {
				options.setExperimentalOption("prefs",
						java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
			}
			ChromeDriver driver = new ChromeDriver(
					new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build(),
					options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
			if (!javaScript) {
				WITHOUT_JAVASCRIPT.add(driver);
			}
			return driver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
