package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSubmitInput;
import org.htmlunit.html.HtmlTextArea;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.it.pages.ConfirmationPage;
import org.recourse.it.pages.GalleryPage;
import org.recourse.it.pages.ReportPage;
import org.recourse.testing.Browsers;
import org.recourse.testing.Deployments;
import org.recourse.testing.Http;

/** A person reports a picture from the gallery: in Chromium with JavaScript, and with JavaScript off. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Reporting from the gallery in a real browser")
class ReportJourneyIT {

    private static final String REFERENCE = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}";

    @ArquillianResource
    URL base;

    private ChromeDriver chromium;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> settings = new HashMap<>(Deployments.h2("journey"));
        settings.putAll(Browsers.settings());
        return Deployments.recourse(settings);
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
}
