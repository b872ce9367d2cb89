package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.testing.Browsers;
import org.recourse.testing.Http;
import org.recourse.testing.TestDatabase;

/**
 * The consent-withdrawal page as a person sees it, in Chromium with the page's scripts off: reached from the menu of the
 * start page, a reference mistyped, one not found, then the withdrawal done, on a 360-px phone and a 1280-px desktop,
 * in English and French; each step judged by {@link Walk} (sideways scrolling, clipped text, English on a French page,
 * raw names, axe-core). Nested in {@code PreventionH2IT} only: how a page looks does not depend on the database.
 */
abstract class PerformersLookContract {

    private static int clients;

    private ChromeDriver chromium;

    abstract URL portal();

    abstract TestDatabase database();

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"phone, fr", "phone, en", "desktop, en", "desktop, fr"})
    @DisplayName("the withdrawal page, JavaScript off: from the menu, a typo, a wrong reference, then withdrawn")
    void withdrawalPage(String device, String language) throws Exception {
        // Arrange
        String unique = PerformersContract.letters();
        Http http = new Http(portal().toURI());
        String[] key = {"Authorization", "Bearer " + PerformersContract.keyFor(portal(), database())};
        PerformersContract.registerContent(http, key, "look-" + unique, PerformersContract.picture(unique));
        String reference = PerformersContract.registerRecord(http, key, "perf-look-" + unique, "look-" + unique);
        chromium = Browsers.chromium();
        Walk walk = (device.equals("phone") ? Walk.onAPhone(chromium, "performers-" + device + "-" + language, false)
                : Walk.onADesktop(chromium, "performers-" + device + "-" + language).scripts(false));
        chromium.executeCdpCommand("Network.enable", Map.of());
        chromium.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("X-Forwarded-For", "198.51.100." + (180 + (++clients)))));

        // Act
        chromium.get(portal() + "?lang=" + language);
        Browsers.submit(chromium, chromium.findElement(By.cssSelector("#site-menu a[href$='/consent/withdraw']")));
        walk.step("start");
        send("not a reference");
        waitFor("reference-error");
        walk.step("mistyped");
        send("cw_" + "z".repeat(20));
        waitFor("not-found");
        walk.step("not-found");
        send(reference);
        waitFor("result");
        walk.step("withdrawn");

        // Assert
        assertThat(chromium.findElement(By.id("report-reference")).getText()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(walk.problems()).as("what a person would see wrong on the way").isEmpty();
    }

    private void send(String typed) {
        var field = chromium.findElement(By.id("reference"));
        field.clear();
        field.sendKeys(typed);
        Browsers.submit(chromium, chromium.findElement(By.id("withdrawButton")));
    }

    private void waitFor(String id) {
        new WebDriverWait(chromium, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id(id)).isEmpty());
    }
}
