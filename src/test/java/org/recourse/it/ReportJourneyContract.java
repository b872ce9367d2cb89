package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSubmitInput;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.it.pages.ConfirmationPage;
import org.recourse.it.pages.GalleryPage;
import org.recourse.it.pages.ReportPage;
import org.recourse.testing.Browsers;
import org.recourse.testing.Http;

/**
 * A person reports a picture from the gallery: in Chromium with JavaScript, and with JavaScript off. Nested in
 * {@link IntakeH2IT} (its portal, with the demo gallery and the default limits), reporting demo pictures intake's own
 * tests never touch (6, 7, 11).
 */
abstract class ReportJourneyContract {

    private static final String REFERENCE = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}";

    URL base;

    private ChromeDriver chromium;

    /** The portal under test: the deployment this contract runs in, as a nested class. */
    abstract URL portal();

    @BeforeEach
    void portalUnderTest() {
        base = portal();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @Test
    @DisplayName("Chromium: gallery → Report link → form → reference, content hidden, no script errors")
    void chromiumJourney() {
        // Arrange
        chromium = Browsers.chromium();
        GalleryPage gallery = GalleryPage.open(chromium, base.toString());
        assertThat(gallery.tileCount()).isEqualTo(12);

        // Act
        ReportPage form = gallery.report("demo-06");
        assertThat(form.locations()).endsWith("/media/demo-06");
        ConfirmationPage confirmation = form.choose("survivor_childhood_image").thisIsMe()
                .details("I was 11 in this picture.").send();

        // Assert
        assertThat(confirmation.reference()).matches(REFERENCE);
        assertThat(confirmation.saysHidden()).isTrue();
        assertThat(confirmation.nextSteps()).contains("we believe you");
        assertThat(confirmation.offersPrintButton()).isTrue();
        assertThat(confirmation.offersCopyButton()).isTrue();
        chromium.executeScript("window.stillHere = true;");
        assertThat(confirmation.checkTyped(confirmation.reference().toLowerCase(java.util.Locale.ROOT).replace("-", " ")))
                .isEqualTo("That is right: you have your reference number.");
        assertThat(chromium.executeScript("return window.stillHere === true;")).as("checked in the page, not sent")
                .isEqualTo(true);
        assertThat(GalleryPage.open(chromium, base.toString()).captionOf("demo-06")).isEqualTo("Hidden while it is reviewed");
        assertThat(new Http(java.net.URI.create(base.toString())).get("/media/demo-06").statusCode()).isEqualTo(451);
        List<LogEntry> problems = chromium.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                // The gallery shows hidden pictures as 451 placeholders; the console notes the status, nothing more.
                .filter(entry -> !entry.getMessage().contains("451"))
                .toList();
        assertThat(problems).as("console errors, e.g. content security policy violations").isEmpty();
    }

    @Test
    @DisplayName("Chromium: \"Leave this site\" leaves at once")
    void quickExit() {
        chromium = Browsers.chromium();
        GalleryPage gallery = GalleryPage.open(chromium, base.toString());

        gallery.leaveSite();

        new WebDriverWait(chromium, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().startsWith("http://127.0.0.1:9/"));
        assertThat(chromium.getCurrentUrl()).startsWith("http://127.0.0.1:9/left-the-site");
    }

    @Test
    @DisplayName("Without JavaScript: gallery → form with a mistake → error shown → fixed → reference")
    void javascriptOffJourney() throws Exception {
        try (WebClient browser = Browsers.withoutJavaScript()) {
            // Arrange
            HtmlPage gallery = browser.getPage(base + "gallery");
            HtmlAnchor report = gallery.getFirstByXPath("//li[@id='tile-demo-07']//a[@class='report-link']");

            // Act: send without choosing what the content shows
            HtmlPage form = report.click();
            assertThat(form.<HtmlTextArea>getHtmlElementById("locations").getText()).endsWith("/media/demo-07");
            HtmlPage withErrors = form.<HtmlSubmitInput>getHtmlElementById("send").click();

            // Assert: the problem is named, nothing is lost
            HtmlElement summary = withErrors.getHtmlElementById("error-summary");
            assertThat(summary.asNormalizedText()).contains("Please choose what the content shows.");
            assertThat(withErrors.<HtmlTextArea>getHtmlElementById("locations").getText()).endsWith("/media/demo-07");
            assertThat(browser.getPage(base + "media/demo-07").getWebResponse().getStatusCode()).isEqualTo(200);

            // Act: choose and send again
            HtmlForm again = withErrors.getFormByName("report");
            HtmlRadioButtonInput category = again.getFirstByXPath("//input[@name='category'][@value='other_harmful']");
            category.setChecked(true);
            HtmlPage confirmation = withErrors.<HtmlSubmitInput>getHtmlElementById("send").click();

            // Assert
            assertThat(confirmation.getHtmlElementById("reference").asNormalizedText()).matches(REFERENCE);
            assertThat(confirmation.getHtmlElementById("hidden-statement").asNormalizedText())
                    .contains("now hidden from everyone");
            assertThat(confirmation.getElementById("print")).as("no script, so no Print button").isNull();
            assertThat(confirmation.getHtmlElementById("print-hint").asNormalizedText()).contains("Print");
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            assertThat(browser.getPage(base + "media/demo-07").getWebResponse().getStatusCode()).isEqualTo(451);
        }
    }

    @Test
    @DisplayName("Without JavaScript, in French: language link → gallery → report → confirmation (checked, then in English) → status")
    void javascriptOffInFrench() throws Exception {
        try (WebClient browser = Browsers.withoutJavaScript()) {
            // Arrange: the language link on the gallery
            HtmlPage english = browser.getPage(base + "gallery");
            HtmlPage gallery = english.<HtmlAnchor>getHtmlElementById("language-fr-CA").click();
            assertThat(gallery.getDocumentElement().getAttribute("lang")).isEqualTo("fr-CA");
            assertThat(gallery.getTitleText()).contains("Galerie");

            // Act: report a picture, in French
            HtmlAnchor report = gallery.getFirstByXPath("//li[@id='tile-demo-11']//a[@class='report-link']");
            HtmlPage form = report.click();
            assertThat(form.asNormalizedText()).contains("Où se trouve le contenu?");
            HtmlRadioButtonInput category = form.getFirstByXPath("//input[@name='category'][@value='survivor_adult_image']");
            category.setChecked(true);
            HtmlPage confirmation = form.<HtmlSubmitInput>getHtmlElementById("send").click();

            // Assert: the confirmation in French, with the reference
            String reference = confirmation.getHtmlElementById("reference").asNormalizedText();
            assertThat(reference).matches(REFERENCE);
            assertThat(confirmation.getHtmlElementById("hidden-statement").asNormalizedText()).contains("masqué");

            // Act: type the reference once to check it (lower case, O for 0: still right)
            HtmlForm check = confirmation.getFormByName("check");
            check.getInputByName("typed").setValue(reference.toLowerCase(java.util.Locale.ROOT).replace('0', 'o'));
            HtmlPage checked = confirmation.<HtmlSubmitInput>getHtmlElementById("checkButton").click();
            assertThat(checked.getHtmlElementById("check-result").asNormalizedText()).isEqualTo(
                    "C'est exact : vous avez bien votre numéro de référence.");
            assertThat(checked.getHtmlElementById("reference").asNormalizedText()).isEqualTo(reference);

            // Act: the same confirmation in English, by its language button
            HtmlSubmitInput toEnglish = checked.getFirstByXPath("//form[@id='switch']//input[@type='submit']");
            HtmlPage inEnglish = toEnglish.click();
            assertThat(inEnglish.getDocumentElement().getAttribute("lang")).isEqualTo("en");
            assertThat(inEnglish.getHtmlElementById("reference").asNormalizedText()).isEqualTo(reference);
            assertThat(inEnglish.getHtmlElementById("next-steps").asNormalizedText()).contains("A member of our team");

            // Act: back to French, and follow the report on the status page
            HtmlPage french = inEnglish.getFirstByXPath("//form[@id='switch']//input[@type='submit']")
                    instanceof HtmlSubmitInput back ? back.click() : null;
            HtmlPage status = french.<HtmlAnchor>getFirstByXPath("//p[@id='follow']/a").click();
            status.<org.htmlunit.html.HtmlTextInput>getHtmlElementById("reference").setValue(reference);
            HtmlPage result = status.<HtmlSubmitInput>getHtmlElementById("lookUp").click();

            // Assert
            assertThat(result.getDocumentElement().getAttribute("lang")).isEqualTo("fr-CA");
            assertThat(result.getHtmlElementById("result").getAttribute("data-stage")).isEqualTo("received");
            assertThat(result.getHtmlElementById("stage").asNormalizedText()).isEqualTo("En attente d'examen");
            assertThat(result.getHtmlElementById("timeline").asNormalizedText())
                    .contains("Nous avons reçu votre signalement.", "masqué pour tout le monde");

            // Act / Assert: the result in English, by its language button
            HtmlSubmitInput resultInEnglish = result.getFirstByXPath("//form[@id='switch']//input[@type='submit']");
            HtmlPage englishResult = resultInEnglish.click();
            assertThat(englishResult.getDocumentElement().getAttribute("lang")).isEqualTo("en");
            assertThat(englishResult.getHtmlElementById("stage").asNormalizedText()).isEqualTo("Waiting for review");
        }
    }

    @Test
    @DisplayName("Chromium: on-device hashing sends the fingerprints only, never the picture, and gives a reference")
    void hashOnDevice() throws Exception {
        // Arrange
        chromium = Browsers.chromium();
        java.nio.file.Path picture = java.nio.file.Path.of("..", "shared", "pdq-vectors", "images", "bridge-mods",
                "aaa-orig.jpg").toAbsolutePath().normalize();
        String expectedSha = org.recourse.content.ContentItem.sha256Of(java.nio.file.Files.readAllBytes(picture));
        String expectedPdq = org.recourse.matching.hash.PdqHasher.withPreResize().hashImage(picture).hash().toHex();
        chromium.get(base + "hash");
        chromium.manage().logs().get(LogType.PERFORMANCE).getAll();
        assertThat(chromium.findElement(org.openqa.selenium.By.id("needs-script")).isDisplayed()).isFalse();

        // Act: choose the picture, wait for its fingerprint, send
        chromium.findElement(org.openqa.selenium.By.id("picture")).sendKeys(picture.toString());
        new WebDriverWait(chromium, Duration.ofSeconds(30)).until(d -> d.findElement(org.openqa.selenium.By.id("send"))
                .isEnabled());
        assertThat(chromium.findElement(org.openqa.selenium.By.id("hash-state")).getText())
                .contains("has not been sent anywhere");
        chromium.findElement(org.openqa.selenium.By.id("send")).click();
        new WebDriverWait(chromium, Duration.ofSeconds(30)).until(d -> !d.findElements(org.openqa.selenium.By.id(
                "reference")).isEmpty());

        // Assert: a reference, and the page's requests carried the hashes and nothing like the picture
        String reference = chromium.findElement(org.openqa.selenium.By.id("reference")).getText();
        assertThat(reference).matches(REFERENCE);
        List<String> posted = new java.util.ArrayList<>();
        long pictureSize = java.nio.file.Files.size(picture);
        for (LogEntry entry : chromium.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            jakarta.json.JsonObject message = jakarta.json.Json.createReader(new java.io.StringReader(entry.getMessage()))
                    .readObject().getJsonObject("message");
            if (!"Network.requestWillBeSent".equals(message.getString("method"))) {
                continue;
            }
            jakarta.json.JsonObject request = message.getJsonObject("params").getJsonObject("request");
            if (!"GET".equals(request.getString("method"))) {
                posted.add(request.getString("url") + " " + request.getString("postData", ""));
            }
        }
        assertThat(posted).singleElement().satisfies(post -> {
            assertThat(post).contains("/hash", "sha256=" + expectedSha, "pdq=" + expectedPdq);
            assertThat((long) post.length()).isLessThan(pictureSize / 20).isLessThan(2048);
        });
        StatusPageAssert.stageOf(chromium, base.toString(), reference, "Holding matching uploads for review");
    }

    @Test
    @DisplayName("Chromium: a video is hashed on the device, one frame a second, and only its fingerprints are posted")
    void hashVideoOnDevice() throws Exception {
        // Arrange
        chromium = Browsers.chromium();
        java.nio.file.Path video = java.nio.file.Path.of("..", "shared", "vpdq-vectors", "videos", "testsrc2.mp4")
                .toAbsolutePath().normalize();
        String expectedSha = org.recourse.content.ContentItem.sha256Of(java.nio.file.Files.readAllBytes(video));
        chromium.get(base + "hash");
        chromium.manage().logs().get(LogType.PERFORMANCE).getAll();

        // Act: choose the video, wait for its fingerprints, send
        chromium.findElement(org.openqa.selenium.By.id("picture")).sendKeys(video.toString());
        new WebDriverWait(chromium, Duration.ofSeconds(60)).until(d -> d.findElement(org.openqa.selenium.By.id("send"))
                .isEnabled());
        String state = chromium.findElement(org.openqa.selenium.By.id("hash-state")).getText();
        String lines = (String) chromium.executeScript("return document.getElementById('vpdq').value;");
        chromium.findElement(org.openqa.selenium.By.id("send")).click();
        new WebDriverWait(chromium, Duration.ofSeconds(30)).until(d -> !d.findElements(org.openqa.selenium.By.id(
                "reference")).isEmpty());

        // Assert: eight seconds, eight lines in the reference's format; the post carried them and nothing like the video
        assertThat(state).contains("8 seconds", "has not been sent anywhere");
        assertThat(lines.split("\n")).hasSize(8).allSatisfy(line -> assertThat(line)
                .matches("[0-7],(100|[0-9]{1,2}),[0-9a-f]{64},[0-7]\\.000"));
        assertThat(chromium.findElement(org.openqa.selenium.By.id("reference")).getText()).matches(REFERENCE);
        List<String> posted = new java.util.ArrayList<>();
        for (LogEntry entry : chromium.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            jakarta.json.JsonObject message = jakarta.json.Json.createReader(new java.io.StringReader(entry.getMessage()))
                    .readObject().getJsonObject("message");
            if (!"Network.requestWillBeSent".equals(message.getString("method"))) {
                continue;
            }
            jakarta.json.JsonObject request = message.getJsonObject("params").getJsonObject("request");
            if (!"GET".equals(request.getString("method"))) {
                posted.add(request.getString("url") + " " + request.getString("postData", ""));
            }
        }
        long videoSize = java.nio.file.Files.size(video);
        assertThat(posted).singleElement().satisfies(post -> {
            assertThat(post).contains("/hash", "sha256=" + expectedSha,
                    // A form sends line ends as CRLF (HTML's form encoding); VpdqText reads both.
                    "vpdq=" + java.net.URLEncoder.encode(lines.replace("\n", "\r\n"),
                            java.nio.charset.StandardCharsets.UTF_8));
            assertThat((long) post.length()).isLessThan(videoSize / 20).isLessThan(4096);
        });
    }

    /** Looks a reference up on the status page and checks the stage it shows. */
    static final class StatusPageAssert {
        static void stageOf(ChromeDriver driver, String base, String reference, String stage) {
            org.recourse.it.pages.StatusLookupPage.open(driver, base).lookUp(reference);
            assertThat(driver.findElement(org.openqa.selenium.By.id("stage")).getText()).isEqualTo(stage);
        }
    }

    @Test
    @DisplayName("Without JavaScript, the on-device hashing page says why it needs it, and offers nothing that would send")
    void hashPageWithoutJavaScript() throws Exception {
        try (WebClient browser = Browsers.withoutJavaScript()) {
            HtmlPage page = browser.getPage(base + "hash");
            assertThat(page.getHtmlElementById("needs-script").asNormalizedText()).contains("needs JavaScript");
            assertThat(page.getHtmlElementById("tool").hasAttribute("hidden")).isTrue();
            assertThat(page.getHtmlElementById("picture").hasAttribute("name")).as("a file field that is never sent")
                    .isFalse();
        }
    }
}
