package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.it.pages.StatusLookupPage;
import org.recourse.testing.Browsers;
import org.recourse.testing.Http;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * Seen, not only asserted (issue 16 §5): the survivor's report walked step by step in Chromium, as a frightened person
 * on a phone in French with JavaScript off and as someone at a desktop in English with it on: the start page, the
 * empty form, the form with its errors, the form filled in, the confirmation, the status of that report, then the
 * status page after each kind of decision (removed, restored, referred, escalated). Every step is saved as
 * target/screenshots/walk-*.png and judged by {@link Walk}: no sideways scrolling at 360 px, no clipped text, no raw
 * enum name or untranslated English, no axe-core violation. Runs in {@link AccessibilityIT}'s deployment (a nested
 * class there), so it costs no Payara Micro of its own; the reviewer's walk is {@code StaffWorkspaceH2IT.keyboardPath}.
 */
abstract class WalkContract {

    /** The first admin's password: the deployment's {@code recourse.admin.password}. */
    static final String ADMIN_PASSWORD = "first portal password 42";
    /** Each kind of decision a reporter may read on the status page, as the case page records it. */
    private static final Map<String, String> DECISIONS = Map.of("removed", "REMOVE:OTHER_VIOLATION",
            "restored", "RESTORE:NO_VIOLATION", "referred", "REFER:HOTLINE", "escalated", "ESCALATE:UNSURE");
    private static Map<String, String> decided;
    private static int clients;

    private ChromeDriver chromium;

    /** The portal under test: the enclosing test class's deployment. */
    abstract URL portal();

    /** Its database, to find a report's case. */
    abstract TestDatabase database();

    /**
     * The demo picture each walk reports, one no other test of the deployment reports through the gallery (a report
     * hides its picture, and the form names only pictures still shown).
     */
    abstract String pictureFor(String walk);

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @Test
    @DisplayName("On a 360-px phone, in French, JavaScript off: start, form, errors, sent, confirmation, status")
    void phoneInFrenchWithoutScript() {
        chromium = Browsers.chromium();
        walk(Walk.onAPhone(chromium, "phone-fr-nojs", false), "fr");
    }

    @Test
    @DisplayName("On a 1280-px desktop, in English, JavaScript on: the same walk")
    void desktopInEnglish() {
        chromium = Browsers.chromium();
        walk(Walk.onADesktop(chromium, "desktop-en-js"), "en");
    }

    @Test
    @DisplayName("The walk's checks find what they look for: sideways scrolling, clipped text, English, raw names, axe")
    void checksCanFail() {
        // Arrange: a French page with each fault the walk looks for
        chromium = Browsers.chromium();
        Walk walk = Walk.onAPhone(chromium, "check", false);

        // Act
        chromium.get("data:text/html;charset=utf-8,<html lang=fr><meta name=viewport content='width=device-width'>"
                + "<title>Essai</title><main><h1>Essai</h1><div id=wide style='width:500px'>large</div>"
                + "<p id=box style='width:80px;overflow:hidden;white-space:nowrap'>Une phrase bien trop longue</p>"
                + "<button id=cut style='width:60px;white-space:nowrap;overflow:hidden'>Envoyer le signalement</button>"
                + "<p>État : PENDING_REVIEW. Sent 4 min ago, please wait for the next code.</p><img src=x.png></main></html>");
        walk.step("faults");

        // Assert
        assertThat(walk.problems()).anySatisfy(p -> assertThat(p).contains("overflow at 360 px").contains("div#wide"))
                .anySatisfy(p -> assertThat(p).contains("text overflows p#box"))
                .anySatisfy(p -> assertThat(p).contains("button#cut"))
                .anySatisfy(p -> assertThat(p).contains("raw name PENDING_REVIEW"))
                .anySatisfy(p -> assertThat(p).contains("English words"))
                .anySatisfy(p -> assertThat(p).contains("axe image-alt"));
    }

    private void walk(Walk walk, String language) {
        // Arrange: the report of each kind of decision, and a client of its own (the portal limits sends per client)
        Map<String, String> references = decided();
        String root = portal().toString();
        chromium.executeCdpCommand("Network.enable", Map.of());
        chromium.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("X-Forwarded-For", "203.0.113." + (200 + (++clients)))));
        String picture = pictureFor(language);

        // Act: the way a person goes, by the links and buttons of the pages
        chromium.get(root + "?lang=" + language);
        walk.step("start");
        Browsers.submit(chromium, chromium.findElement(By.cssSelector("main a.button.primary[href$='/report']")));
        walk.step("form");
        Browsers.submit(chromium, chromium.findElement(By.id("send")));
        waitFor("error-summary");
        walk.step("errors");
        chromium.findElement(By.id("locations")).sendKeys(picture);
        chromium.findElement(By.cssSelector("input[name=category][value=other_harmful]")).click();
        walk.step("filled");
        Browsers.submit(chromium, chromium.findElement(By.id("send")));
        waitFor("reference");
        String reference = chromium.findElement(By.id("reference")).getText().strip();
        walk.step("sent");
        Browsers.submit(chromium, chromium.findElement(By.cssSelector("main a[href$='/status']")));
        walk.step("status");
        new StatusLookupPage(chromium).lookUp(reference);
        String ownStage = new StatusLookupPage(chromium).stage();
        walk.step("status-received");
        Map<String, String> stages = new LinkedHashMap<>();
        references.forEach((kind, decidedReference) -> {
            stages.put(kind, new StatusLookupPage(chromium).lookUp(decidedReference).stage());
            walk.step("status-" + kind);
        });

        // Assert
        assertThat(reference).as("the confirmation's reference").matches("[0-9A-Z]{4}(-[0-9A-Z]{4})+");
        assertThat(ownStage).isEqualTo("received");
        assertThat(stages).containsEntry("removed", "decided").containsEntry("restored", "decided")
                .containsEntry("referred", "decided").containsKey("escalated");
        assertThat(walk.steps()).hasSize(11);
        assertThat(walk.problems()).as("what a person would see wrong on the way").isEmpty();
    }

    private void waitFor(String id) {
        new WebDriverWait(chromium, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id(id)).isEmpty());
    }

    /** One report per kind of decision, filed by API and decided by the first admin on its case page; made once. */
    private synchronized Map<String, String> decided() {
        if (decided == null) {
            Http http = new Http(URI.create(portal().toString()));
            StaffClient admin = SignedInAdmins.of(portal(), ADMIN_PASSWORD);
            Map<String, String> made = new LinkedHashMap<>();
            for (String kind : List.of("removed", "restored", "referred", "escalated")) {
                String reference = file(http, pictureFor(kind));
                decide(admin, reference, DECISIONS.get(kind));
                made.put(kind, reference);
            }
            decided = made;
        }
        return decided;
    }

    private static String file(Http http, String contentId) {
        HttpResponse<String> response = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"other_harmful\"}", "X-Forwarded-For", "203.0.113." + (++clients));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response).getString("reference");
    }

    private void decide(StaffClient admin, String reference, String decision) {
        long caseId = database().count("select case_id from report where reference = ?", reference.replace("-", ""));
        admin.get("/staff/case?id=" + caseId);
        admin.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        String[] parts = decision.split(":");
        admin.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide",
                Map.of("review:items:0:decision", parts[0], "review:items:0:reason", parts[1]));
        assertThat(database().count("select count(*) from case_item where case_id = ? and status = 'PENDING_REVIEW'",
                caseId)).as("case %d decided: %s", caseId, decision).isZero();
    }
}
