package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.it.pages.GalleryPage;
import org.recourse.it.pages.StatusLookupPage;
import org.recourse.testing.Browsers;
import org.recourse.testing.Deployments;
import org.recourse.testing.Http;
import org.recourse.testing.MailServer;
import org.recourse.testing.Poll;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * WCAG 2.1 AA, checked by axe-core in Chromium on every public page a reporter can reach, in each state and in both
 * languages: the start page, the gallery, the form (empty and with errors), the confirmation, the status page in
 * every state (and not found, and mistyped), the "stop these emails" page in its three states, the page of a
 * missing address, the page of a refused submission and the public transparency figures. Zero violations are allowed.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Accessibility: axe-core (WCAG 2.1 AA) over every public page, in English and in French")
class AccessibilityIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String ADMIN_PASSWORD = "first portal password 42";
    private static final Pattern STOP_LINK = Pattern.compile("https?://\\S+(/contact/stop\\?t=[A-Za-z0-9_%-]+)");
    private static final Map<String, String> DATABASE = Deployments.h2("accessibility");
    private static MailServer mail;
    private static Map<String, String> references;
    /** Each visit is a client of its own (X-Forwarded-For), so the submission limit of three is reached on purpose only. */
    private static int clients = 0;

    @ArquillianResource
    URL base;
    /** The address Arquillian gave, for the nested classes (JUnit runs them after this class's own tests). */
    private static URL deployed;

    private ChromeDriver chromium;

    @Deployment(testable = false)
    static WebArchive deployment() {
        mail = MailServer.onFreePort().start();
        Map<String, String> settings = new HashMap<>(DATABASE);
        settings.putAll(Browsers.settings());
        settings.putAll(LanguageContract.SETTINGS);
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.jobs.outbox-interval", "PT1S");
        settings.put("recourse.mail.smtp.host", "127.0.0.1");
        settings.put("recourse.mail.smtp.port", Integer.toString(mail.port()));
        settings.put("recourse.mail.smtp.starttls", "false");
        settings.put("recourse.rate-limit.reports", "3");
        // Every peer is a trusted proxy: the test itself plays the proxy, reaching the portal by any address.
        settings.put("recourse.http.trusted-proxies", "0.0.0.0/0, ::/0");
        return Deployments.recourse(settings);
    }

    @AfterAll
    static void stopMail() {
        mail.stop();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    /** One report in each state a reporter may find it, made once: filed by API, decided by the admin. */
    private synchronized Map<String, String> references() {
        if (references == null) {
            Http http = new Http(URI.create(base.toString()));
            StaffClient admin = SignedInAdmins.of(base, ADMIN_PASSWORD);
            Map<String, String> made = new LinkedHashMap<>();
            made.put("received", file(http, "demo-01", null));
            made.put("in review", file(http, "demo-02", null));
            made.put("with a senior reviewer", file(http, "demo-03", null));
            made.put("removed", file(http, "demo-04", null));
            made.put("restored", file(http, "demo-05", null));
            made.put("referred", file(http, "demo-06", "reporter@recourse.test"));
            decide(admin, made.get("in review"), null);
            decide(admin, made.get("with a senior reviewer"), "ESCALATE:UNSURE");
            decide(admin, made.get("removed"), "REMOVE:OTHER_VIOLATION");
            decide(admin, made.get("restored"), "RESTORE:NO_VIOLATION");
            decide(admin, made.get("referred"), "REFER:HOTLINE");
            references = made;
        }
        return references;
    }

    private static String file(Http http, String contentId, String email) {
        String contact = email == null ? "" : ",\"contact\":{\"email\":\"" + email + "\",\"consent\":true}";
        HttpResponse<String> response = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"other_harmful\"" + contact + "}", "X-Forwarded-For", "198.51.100." + (++clients));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response).getString("reference");
    }

    /** Claims the case of a reference and, if asked, decides its item ("DECISION:REASON"). */
    private static void decide(StaffClient admin, String reference, String decision) {
        long caseId = TestDatabase.h2(DATABASE.get("recourse.db.url"))
                .count("select case_id from report where reference = ?", reference.replace("-", ""));
        admin.get("/staff/case?id=" + caseId);
        admin.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        if (decision != null) {
            String[] parts = decision.split(":");
            admin.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide",
                    Map.of("review:items:0:decision", parts[0], "review:items:0:reason", parts[1]));
        }
    }

    private void checkAll(String language) {
        chromium = Browsers.chromium();
        // The check itself can fail: a page with a nameless image and an unlabelled field has violations.
        chromium.get("data:text/html,<html lang=en><title>t</title><main><img src=x.png><input type=text></main></html>");
        assertThat(new AxeBuilder().withTags(WCAG_21_AA).analyze(chromium).getViolations())
                .extracting(Rule::getId).contains("image-alt", "label");
        String root = base.toString();
        chromium.get(root + "?lang=" + language);
        Map<String, String> refs = references();
        Map<String, Consumer<ChromeDriver>> pages = new LinkedHashMap<>();
        pages.put("start page", d -> d.get(root));
        pages.put("gallery", d -> GalleryPage.open(d, root));
        pages.put("report form", d -> d.get(root + "report?content=demo-07"));
        pages.put("report form with errors", d -> {
            d.get(root + "report");
            sendAndWait(d);
            waitFor(d, "error-summary");
        });
        // A picture of its own per language: the form names only visible content, and the other run hid its picture.
        String visible = "en".equals(language) ? "demo-08" : "demo-09";
        pages.put("confirmation", d -> GalleryPage.open(d, root).report(visible).choose("other_harmful").send());
        pages.put("status page", d -> StatusLookupPage.open(d, root));
        refs.forEach((state, reference) -> pages.put("status: " + state,
                d -> StatusLookupPage.open(d, root).lookUp(reference)));
        pages.put("status: not found", d -> StatusLookupPage.open(d, root).lookUp("0000-0000-0000-0000"));
        pages.put("status: mistyped", d -> StatusLookupPage.open(d, root).lookUp("0000-0000-0000-0001"));
        String stop = stopLink();
        pages.put("stop emails: asking", d -> d.get(root + stop.substring(1)));
        pages.put("stop emails: link not valid", d -> d.get(root + "contact/stop?t=not-a-token"));
        pages.put("page not found", d -> d.get(root + "no-such-page"));
        pages.put("transparency", d -> d.get(root + "transparency"));
        pages.put("transparency: one category", d -> d.get(root + "transparency?category=child_sexual_imagery"));
        pages.put("too many reports", d -> tooMany(d, root));

        List<String> problems = new ArrayList<>();
        pages.forEach((name, visit) -> {
            useClient(chromium, "192.0.2." + (++clients));
            visit.accept(chromium);
            assertThat(chromium.findElement(By.tagName("html")).getAttribute("lang")).as(name)
                    .startsWith(language.substring(0, 2));
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(chromium);
            for (Rule violation : results.getViolations()) {
                problems.add(language + " / " + name + ": " + violation.getId() + " (" + violation.getImpact() + ") "
                        + violation.getHelp() + " at " + violation.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList());
            }
        });
        assertThat(problems).as("axe-core violations").isEmpty();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(18);
    }

    private static void useClient(ChromeDriver driver, String address) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
    }

    /** Presses the form's Send button and waits until the next page has replaced this one. */
    private static void sendAndWait(org.openqa.selenium.WebDriver driver) {
        Browsers.submit(driver, driver.findElement(By.id("send")));
    }

    private static void waitFor(org.openqa.selenium.WebDriver driver, String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id(id)).isEmpty());
    }

    /** The page a reporter sees past the submission limit: the fourth send of one client, over the limit of three. */
    private static void tooMany(ChromeDriver driver, String root) {
        for (int i = 0; i < 4; i++) {
            driver.get(root + "report");
            sendAndWait(driver);
        }
        assertThat(driver.findElement(By.tagName("h1")).getText()).isIn("Please wait a little", "Veuillez patienter un peu");
    }

    /** The "stop these emails" link of the mail sent to the one reporter who consented. */
    private static String stopLink() {
        MailServer.Mail first = Poll.until(Duration.ofSeconds(60), () -> mail.to("reporter@recourse.test"),
                found -> !found.isEmpty(), "the reporter's mail").get(0);
        Matcher link = STOP_LINK.matcher(first.body());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    @Test
    @DisplayName("every public page in English: no violation")
    void english() {
        checkAll("en");
    }

    @Test
    @DisplayName("every public page in French: no violation")
    void french() {
        checkAll("fr");
    }

    @BeforeEach
    void rememberAddress() {
        if (base != null) {
            deployed = base;
        }
    }

    /** Every word in both languages, on this same portal (no Payara of its own). */
    @Nested
    @DisplayName("Every word in both languages: every public and staff page, crawled in French and English")
    class EveryWord extends LanguageContract {

        @Override
        URL portal() {
            return deployed;
        }

        @Override
        TestDatabase database() {
            return TestDatabase.h2(DATABASE.get("recourse.db.url"));
        }
    }

    /** The survivor's report walked step by step and seen, on this same portal (no Payara of its own). */
    @Nested
    @DisplayName("Seen: the survivor's report walked on a French phone without script and an English desktop")
    class Walks extends WalkContract {

        @Override
        URL portal() {
            return deployed;
        }

        @Override
        TestDatabase database() {
            return TestDatabase.h2(DATABASE.get("recourse.db.url"));
        }

        /**
         * Pictures of this deployment that are not in an open case when the walks run: 10 to 12 are reported by no
         * one else, 4 to 6 are closed by the outer class and by {@link EveryWord} (a report of them opens a new case).
         */
        @Override
        String pictureFor(String walk) {
            return switch (walk) {
                case "fr" -> "demo-10";
                case "en" -> "demo-11";
                case "removed" -> "demo-04";
                case "restored" -> "demo-05";
                case "referred" -> "demo-06";
                default -> "demo-12";
            };
        }
    }
}
