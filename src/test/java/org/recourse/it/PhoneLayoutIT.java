package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.it.pages.GalleryPage;
import org.recourse.it.pages.PublicFrame;
import org.recourse.it.pages.StatusLookupPage;
import org.recourse.testing.Browsers;
import org.recourse.testing.Deployments;
import org.recourse.testing.Http;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * A frightened person on a phone (issue 16 §2): every public page in Chromium at 360 px wide, as a phone lays it out,
 * in English and French, with JavaScript off and on. No page may scroll sideways, "Leave this site" stays in view at
 * the end of a long page, the menu is a list that works without script (and folds behind "Menu" with it), mail and
 * phone addresses are links, and axe-core finds nothing. Each page is saved as target/screenshots/phone-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("On a 360-pixel phone: every public page, English and French, JavaScript off and on")
class PhoneLayoutIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String ADMIN_PASSWORD = "first portal password 42";
    private static final Map<String, String> DATABASE = Deployments.h2("phone");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * The transparency figures on a phone: seventeen series, each a chart with its table folded under it (10,600 to
     * 11,800 px in English and French). With every table open the page was about 20,000 px long.
     */
    private static final long MAX_TRANSPARENCY_HEIGHT = 14_000;
    /** The smallest a chart's text may be drawn on a phone, in CSS pixels (8 px before the phone's own sizes). */
    private static final double MIN_CHART_TEXT_PX = 11;
    private static Map<String, String> decided;
    /** The demo pictures still shown: each confirmation hides the one it reports. */
    private static int nextPicture = 7;
    private static int hashes;

    @ArquillianResource
    URL base;

    private ChromeDriver chromium;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> settings = new HashMap<>(DATABASE);
        settings.putAll(Browsers.settings());
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.rate-limit.reports", "100");
        // The contact block as an operator configures it: a phone number and opening hours, in French too.
        settings.put("recourse.contact.phone", "+1 555 0100");
        settings.put("recourse.contact.hours", "Every day, 8:00 to 20:00 Eastern time");
        settings.put("recourse.contact.hours.fr", "Tous les jours, de 8 h à 20 h (heure de l'Est)");
        return Deployments.recourse(settings);
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @Test
    @DisplayName("English, JavaScript on")
    void englishWithScript() {
        walk("en", true);
    }

    @Test
    @DisplayName("English, JavaScript off")
    void englishWithoutScript() {
        walk("en", false);
    }

    @Test
    @DisplayName("French, JavaScript on")
    void frenchWithScript() {
        walk("fr", true);
    }

    @Test
    @DisplayName("French, JavaScript off")
    void frenchWithoutScript() {
        walk("fr", false);
    }

    @Test
    @DisplayName("\"Leave this site\" on a phone replaces the page in the tab's history: Back skips it")
    void leavingReplacesTheHistoryEntry() {
        // Arrange
        chromium = phone(true);
        chromium.get(base + "?lang=en");
        chromium.get(base + "help");
        PublicFrame frame = new PublicFrame(chromium);
        frame.scrollToEnd();
        assertThat(frame.exitInView()).isTrue();

        // Act
        frame.quickExit().click();
        new WebDriverWait(chromium, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().startsWith("http://127.0.0.1:9/"));
        chromium.navigate().back();

        // Assert
        new WebDriverWait(chromium, Duration.ofSeconds(10))
                .until(driver -> !driver.getCurrentUrl().startsWith("http://127.0.0.1:9/"));
        assertThat(chromium.getCurrentUrl()).as("the page before the one left").doesNotContain("/help")
                .startsWith(base.toString());
    }

    private void walk(String language, boolean script) {
        // Arrange
        chromium = phone(script);
        String root = base.toString();
        chromium.get(root + "?lang=" + language);
        Map<String, String> references = decided();
        String mode = language + "-" + (script ? "js" : "nojs");
        Map<String, Consumer<ChromeDriver>> pages = pages(root, references);
        PublicFrame frame = new PublicFrame(chromium);
        List<String> problems = new ArrayList<>();
        // The measure itself can fail: a box wider than the phone is found.
        chromium.get("data:text/html,<html lang=en><meta name=viewport content='width=device-width'><title>t</title>"
                + "<main><div id=wide style='width:500px'>wide</div></main></html>");
        assertThat(frame.horizontalOverflow()).anyMatch(line -> line.contains("div#wide"));
        // So can the charts' check: desktop-sized text in a chart drawn at 300 px, and two names on top of each other.
        chromium.get("data:text/html,<html lang=en><meta name=viewport content='width=device-width'><title>t</title>"
                + "<main><svg class=chart viewBox='0 0 700 260' style='width:300px' aria-labelledby=c>"
                + "<text x=10 y=200 style='font-size:18px'>Jan 26</text>"
                + "<text x=20 y=200 style='font-size:60px'>Feb</text>"
                + "</svg></main></html>");
        assertThat(frame.illegibleChartTexts(MIN_CHART_TEXT_PX))
                .anyMatch(line -> line.contains("\"Jan 26\": 7.7 px"))
                .anyMatch(line -> line.contains("\"Jan 26\" overlaps \"Feb\""));
        java.util.concurrent.atomic.AtomicInteger scrolled = new java.util.concurrent.atomic.AtomicInteger();

        // Act
        pages.forEach((name, visit) -> {
            long from = System.nanoTime();
            visit.accept(chromium);
            String where = mode + " / " + name;
            assertThat(chromium.findElement(By.tagName("html")).getAttribute("lang")).as(where).startsWith(language);
            frame.horizontalOverflow().forEach(wide -> problems.add(where + ": overflow: " + wide));
            assertThat(frame.menuOpen()).as(where + ": menu open only without script").isEqualTo(!script);
            screenshot(mode, name);
            long axeFrom = System.nanoTime();
            // axe with script on runs in English only: the French pages with script are the same markup with other
            // words, and AccessibilityIT runs axe over every public page with script on in both languages.
            for (Rule violation : script && language.equals("fr") ? List.<Rule>of() : axe(script)) {
                problems.add(where + ": axe: " + violation.getId() + " " + violation.getHelp() + " at "
                        + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList());
            }
            long height = frame.height();
            System.out.printf("phone %s: %d ms, axe %d ms, %d px tall%n", where, (System.nanoTime() - from) / 1_000_000,
                    (System.nanoTime() - axeFrom) / 1_000_000, height);
            if (name.equals("transparency") && height > MAX_TRANSPARENCY_HEIGHT) {
                problems.add(where + ": " + height + " px tall, more than " + MAX_TRANSPARENCY_HEIGHT);
            }
            // A chart's texts, drawn at under half their size on a phone, stay legible and apart (what is shown is
            // chosen so for any twelve months and figures: SvgChartTest).
            frame.illegibleChartTexts(MIN_CHART_TEXT_PX)
                    .forEach(small -> problems.add(where + ": chart: " + small));
            if (frame.scrollToEnd() > 0 && scrolled.incrementAndGet() > 0 && !frame.exitInView()) {
                problems.add(where + ": \"Leave this site\" is not in view at the end of the page");
            }
            if (script) {
                // The same page on a desktop: one look at 1280 px, then back to the phone.
                desktop(chromium, true);
                frame.horizontalOverflow().forEach(wide -> problems.add(where + " at 1280 px: overflow: " + wide));
                frame.illegibleChartTexts(MIN_CHART_TEXT_PX)
                        .forEach(small -> problems.add(where + " at 1280 px: chart: " + small));
                screenshot(mode + "-1280", name);
                desktop(chromium, false);
            }
        });

        // Assert
        assertThat(problems).as("problems at 360 px").isEmpty();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(14);
        assertThat(scrolled.get()).as("pages long enough to scroll on a phone").isGreaterThanOrEqualTo(10);
    }

    /** axe-core over the page as it is: as sent (menu open) without script; as the script left it, with script. */
    private List<Rule> axe(boolean script) {
        if (script) {
            return new AxeBuilder().withTags(WCAG_21_AA).analyze(chromium).getViolations();
        }
        // axe-core is itself a script: it runs over the page as sent (no script of the page has run), then scripts
        // are off again for the next page.
        scripts(chromium, true);
        try {
            return new AxeBuilder().withTags(WCAG_21_AA).analyze(chromium).getViolations();
        } finally {
            scripts(chromium, false);
        }
    }

    private static void scripts(ChromeDriver driver, boolean on) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    /** Every public page a reporter reaches, in each state that changes its layout. */
    private Map<String, Consumer<ChromeDriver>> pages(String root, Map<String, String> references) {
        Map<String, Consumer<ChromeDriver>> pages = new LinkedHashMap<>();
        pages.put("start", d -> d.get(root));
        pages.put("gallery", d -> GalleryPage.open(d, root));
        pages.put("report form", d -> d.get(root + "report?content=demo-01"));
        pages.put("report form with errors", d -> {
            d.get(root + "report");
            Browsers.submit(d, d.findElement(By.id("send")));
            waitFor(d, "error-summary");
        });
        pages.put("confirmation", d -> {
            GalleryPage.open(d, root).report(String.format("demo-%02d", nextPicture++)).choose("other_harmful").send();
            assertThat(new PublicFrame(d).linksStartingWith("tel:")).containsExactly("tel:+15550100");
            assertThat(new PublicFrame(d).linksStartingWith("mailto:")).contains("mailto:safety@platform.example");
        });
        pages.put("status", d -> StatusLookupPage.open(d, root));
        pages.put("status: removed", d -> {
            StatusLookupPage.open(d, root).lookUp(references.get("removed"));
            assertThat(d.findElements(By.cssSelector("#after-decision .after-line"))).hasSize(1);
            assertThat(d.findElement(By.id("after-hash-link")).getAttribute("href")).endsWith("/hash");
            assertThat(new PublicFrame(d).linksStartingWith("tel:")).containsExactly("tel:+15550100");
            assertThat(d.findElement(By.cssSelector("#contact .contact-hours")).getText())
                    .containsAnyOf("Every day, 8:00 to 20:00", "Tous les jours, de 8 h à 20 h");
        });
        pages.put("status: restored", d -> StatusLookupPage.open(d, root).lookUp(references.get("restored")));
        pages.put("status: not found", d -> StatusLookupPage.open(d, root).lookUp("0000-0000-0000-0000"));
        pages.put("hash", d -> d.get(root + "hash"));
        pages.put("hash: result", d -> {
            hashResult(d, root);
            assertThat(d.findElement(By.id("copies")).getText()).isNotBlank();
            assertThat(d.findElement(By.id("download")).getAttribute("href")).startsWith("data:text/plain");
            assertThat(new PublicFrame(d).linksStartingWith("tel:")).containsExactly("tel:+15550100");
        });
        pages.put("transparency", d -> d.get(root + "transparency"));
        pages.put("help", d -> d.get(root + "help"));
        pages.put("page not found", d -> d.get(root + "no-such-page"));
        return pages;
    }

    /**
     * Chromium as a 360 × 740 phone (touch, mobile viewport). Without JavaScript, the page's scripts are turned off
     * through DevTools, which still lets the test measure the page.
     */
    private static ChromeDriver phone(boolean script) {
        ChromeDriver driver = Browsers.chromium();
        desktop(driver, false);
        scripts(driver, script);
        return driver;
    }

    private static void desktop(ChromeDriver driver, boolean wide) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", wide
                ? Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false)
                : Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    }

    /**
     * /hash's result: the fingerprints a device would compute are put in the form's hidden fields and the form sent,
     * as the page's script does (without script the page cannot hash, but its result page must still fit).
     */
    private static void hashResult(ChromeDriver driver, String root) {
        driver.get(root + "hash");
        String sha256 = String.format("%064x", new java.math.BigInteger(256, new java.util.Random(++hashes)));
        org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
        // The button waits, disabled, for a picture the script has hashed; here the test plays that script.
        driver.executeScript("document.getElementById('sha256').value = arguments[0];"
                + "var send = document.getElementById('send'); send.disabled = false; send.click();", sha256);
        Browsers.awaitReplaced(driver, page);
        waitFor(driver, "reference");
    }

    private static void waitFor(org.openqa.selenium.WebDriver driver, String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id(id)).isEmpty());
    }

    private void screenshot(String mode, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            // The whole page, not only the first screen, so that a reader of the gallery sees every block.
            Object data = chromium.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true)).get("data");
            Files.write(SCREENSHOTS.resolve("phone-" + name.replaceAll("[^a-z0-9]+", "-") + "-" + mode + ".png"),
                    java.util.Base64.getDecoder().decode((String) data));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A removed and a restored report, made once by API and decided by the admin. */
    private synchronized Map<String, String> decided() {
        if (decided == null) {
            Http http = new Http(URI.create(base.toString()));
            StaffClient admin = new StaffClient(URI.create(base.toString()));
            admin.firstSignIn("admin", ADMIN_PASSWORD, ADMIN_PASSWORD);
            Map<String, String> made = new LinkedHashMap<>();
            made.put("removed", file(http, "demo-02"));
            made.put("restored", file(http, "demo-03"));
            decide(admin, made.get("removed"), "REMOVE:OTHER_VIOLATION");
            decide(admin, made.get("restored"), "RESTORE:NO_VIOLATION");
            decided = made;
        }
        return decided;
    }

    private static String file(Http http, String contentId) {
        HttpResponse<String> response = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"other_harmful\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response).getString("reference");
    }

    private static void decide(StaffClient admin, String reference, String decision) {
        long caseId = TestDatabase.h2(DATABASE.get("recourse.db.url"))
                .count("select case_id from report where reference = ?", reference.replace("-", ""));
        admin.get("/staff/case?id=" + caseId);
        admin.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        String[] parts = decision.split(":");
        admin.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide",
                Map.of("review:items:0:decision", parts[0], "review:items:0:reason", parts[1]));
    }
}
