package org.recourse.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The two browsers of the tests: Debian's Chromium, headless (no Selenium Manager download: the driver and binary
 * come from apt), and HtmlUnit with JavaScript off, standing in for Tor Browser on "safest".
 */
public final class Browsers {

    private Browsers() {
    }

    public static ChromeDriver chromium() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            // Network events (Chrome's "performance" log): lets a test see every request a page made, with its body.
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Waits until {@code page} (the {@code html} element of the page before) has been replaced by the next page.
     * Chromium reports a replaced element either as stale or, if asked while the old document goes away, as a node that
     * "does not belong to the document"; both mean the same here.
     */
    public static void awaitReplaced(org.openqa.selenium.WebDriver driver, org.openqa.selenium.WebElement page) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * Clicks {@code control} (a submit button or a link) and returns once the next page has replaced this one and has
     * finished loading. Without this, a look-up straight after a click can run against the page that is going away,
     * or against the next one before it is parsed.
     */
    public static void submit(org.openqa.selenium.WebDriver driver, org.openqa.selenium.WebElement control) {
        org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        control.click();
        awaitReplaced(driver, page);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d ->
                "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** HtmlUnit without JavaScript or CSS: every page must work as plain HTML forms and links. */
    public static WebClient withoutJavaScript() {
        WebClient client = new WebClient(BrowserVersion.FIREFOX_ESR);
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(true);
        client.getOptions().setRedirectEnabled(true);
        client.addRequestHeader("Accept-Language", "en");
        return client;
    }

    /** Settings for a portal under browser test: "Leave this site" goes to a local address that answers nothing. */
    public static Map<String, String> settings() {
        return Map.of("recourse.quick-exit.url", "http://127.0.0.1:9/left-the-site");
    }
}
