package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.recourse.testing.StaffClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.MailServer;
import org.recourse.testing.WebhookReceiver;

@DisplayName("Appeals (API, queue, proof, second look) on Payara Micro with the embedded H2 database")
class AppealsH2IT extends AppealsContract {

    private static final Map<String, String> DATABASE = Deployments.h2("appeals");
    private static WebhookReceiver receiver;
    private static MailServer mail;

    @Deployment(testable = false)
    static WebArchive deployment() {
        receiver = WebhookReceiver.start();
        mail = MailServer.onFreePort().start();
        return deployment(DATABASE, mail);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
        mail.stop();
    }

    @Override
    MailServer mail() {
        return mail;
    }

    @Override
    TestDatabase database() {
        return TestDatabase.h2(DATABASE.get("recourse.db.url"));
    }

    @Override
    WebhookReceiver receiver() {
        return receiver;
    }

    /** Looked at once, on H2: the page is the same on PostgreSQL. */
    @org.junit.jupiter.api.Test
    @DisplayName("Chromium: the appeal queue at 360 and 1280 px, in English and French, fits, reads in words, passes axe")
    void appealQueueInChromium() throws Exception {
        // Arrange: an appeal waiting, and a supervisor whose authenticator the test knows
        Decided decided = reportAndDecide("appeal-chromium", "other_harmful", false, "REMOVE", "OTHER_VIOLATION");
        assertThat(appeal(decided, "[]").statusCode()).isEqualTo(201);
        String oneTime = StaffWorkspaceContract.create((StaffClient) portal.get("admin"), "sid", "SUPERVISOR");
        StaffClient setup = new StaffClient(URI.create(base.toString()));
        String password = setup.setUp("sid", oneTime, "correct horse battery staple 11");
        org.recourse.testing.PageWords words = org.recourse.testing.PageWords.ofThePortal();
        java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(shots);
        org.openqa.selenium.chrome.ChromeDriver chromium = org.recourse.testing.Browsers.chromium();
        try {
            org.recourse.it.pages.StaffSignInPage.open(chromium, base.toString()).signIn("sid", password,
                    org.recourse.staff.Totp.code(setup.secret(),
                            org.recourse.staff.Totp.step(java.time.Instant.now()) + 1));
            java.util.List<String> problems = new java.util.ArrayList<>();
            for (String language : java.util.List.of("en", "fr")) {
                for (int width : new int[] {360, 1280}) {
                    // Act
                    chromium.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
                    chromium.get(base + "staff/appeals?lang=" + language);
                    java.nio.file.Files.write(shots.resolve("appeals-" + language + "-" + width + ".png"),
                            chromium.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

                    // Assert
                    String where = language + " " + width + " px: ";
                    String html = chromium.getPageSource();
                    if (!html.contains(String.format("C-%06d", decided.caseId()))) {
                        problems.add(where + "the waiting appeal's case is not listed");
                    }
                    Object wide = chromium.executeScript("return document.documentElement.scrollWidth"
                            + " > document.documentElement.clientWidth");
                    if (Boolean.TRUE.equals(wide)) {
                        problems.add(where + "scrolls sideways");
                    }
                    words.enumNamesIn(html).forEach(name -> problems.add(where + "raw name " + name));
                    if (language.equals("fr")) {
                        words.englishIn(html).forEach(english -> problems.add(where + "English \"" + english + "\""));
                    }
                    new com.deque.html.axecore.selenium.AxeBuilder()
                            .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                            .analyze(chromium).getViolations()
                            .forEach(rule -> problems.add(where + "axe " + rule.getId()));
                }
            }
            assertThat(problems).isEmpty();
        } finally {
            chromium.quit();
        }
    }
}
