package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSubmitInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.testing.Browsers;
import org.recourse.testing.Deployments;
import org.recourse.testing.MailServer;
import org.recourse.testing.TestDatabase;

@DisplayName("The 48-hour removal track (TAKE IT DOWN Act) on Payara Micro with the embedded H2 database")
class Takedown48H2IT extends Takedown48Contract {

    private static final Map<String, String> DATABASE = Deployments.h2("takedown48");
    private static MailServer mail;

    @Deployment(testable = false)
    static WebArchive deployment() {
        mail = MailServer.onFreePort().start();
        return deployment(DATABASE, mail);
    }

    @AfterAll
    static void stopMail() {
        mail.stop();
    }

    @Override
    TestDatabase database() {
        return TestDatabase.h2(DATABASE.get("recourse.db.url"));
    }

    @Override
    MailServer mail() {
        return mail;
    }

    @Test
    @DisplayName("Without JavaScript, in English: the section is folded away, a half-filled request is named, then filed")
    void removalRequestWithoutJavaScript() throws Exception {
        try (WebClient browser = Browsers.withoutJavaScript()) {
            // Arrange: the anonymous form, with the request folded away
            HtmlPage form = browser.getPage(base + "report?lang=en");
            assertThat(form.getHtmlElementById("removal").hasAttribute("open")).isFalse();
            assertThat(form.asXml()).contains("US TAKE IT DOWN Act");
            form.getHtmlElementById("locations").setTextContent("http://localhost:8080/media/demo-08");
            form.<HtmlRadioButtonInput>getFirstByXPath("//input[@name='category'][@value='survivor_adult_image']")
                    .setChecked(true);
            form.getFormByName("report").getInputByName("removalSignature").setValue("Camille Tremblay");

            // Act: sent with the request half filled in
            HtmlPage withErrors = form.<HtmlSubmitInput>getHtmlElementById("send").click();

            // Assert: every missing part is named, the section stays open, what was typed is kept
            String summary = withErrors.getHtmlElementById("error-summary").asNormalizedText();
            assertThat(summary).contains("Give an email address").contains("Say whether you are the person shown")
                    .contains("Tick the statement of good faith");
            assertThat(withErrors.getHtmlElementById("removal").hasAttribute("open")).isTrue();
            HtmlForm again = withErrors.getFormByName("report");
            assertThat(again.getInputByName("removalSignature").getValue()).isEqualTo("Camille Tremblay");

            // Act: completed and sent
            again.getInputByName("removalEmail").setValue("camille@example.org");
            withErrors.<HtmlRadioButtonInput>getFirstByXPath("//input[@name='removalActingFor'][@value='other']")
                    .setChecked(true);
            withErrors.<HtmlCheckBoxInput>getHtmlElementById("removalGoodFaith").setChecked(true);
            assertThat(withErrors.getHtmlElementById("removalGoodFaith").getParentNode().asNormalizedText()).contains(
                    "I state in good faith that the intimate image at the address given above was published "
                            + "without the consent of the person shown.");
            HtmlPage confirmation = withErrors.<HtmlSubmitInput>getHtmlElementById("send").click();

            // Assert: filed, with a legal deadline on the case
            String reference = confirmation.getHtmlElementById("reference").asNormalizedText();
            assertThat(database().count("select count(*) from report r join case_file c on c.id = r.case_id "
                    + "where r.reference = ? and c.legal_due_at is not null and r.removal_for_other = true",
                    reference.replace("-", ""))).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("Without JavaScript, in French: the section in French, its problems named in French")
    void removalRequestInFrench() throws Exception {
        try (WebClient browser = Browsers.withoutJavaScript()) {
            // Arrange
            HtmlPage form = browser.getPage(base + "report?lang=fr");
            assertThat(form.asNormalizedText()).contains("Vous apparaissez sur une image intime publiée sans "
                    + "consentement?");

            // Act: only the good-faith statement ticked
            form.<HtmlCheckBoxInput>getHtmlElementById("removalGoodFaith").setChecked(true);
            HtmlPage withErrors = form.<HtmlSubmitInput>getHtmlElementById("send").click();

            // Assert
            String summary = withErrors.getHtmlElementById("error-summary").asNormalizedText();
            assertThat(summary).contains("Tapez votre nom complet comme signature")
                    .contains("Indiquez une adresse courriel pour que la plateforme puisse vous joindre")
                    .contains("Indiquez si vous êtes la personne qui apparaît sur l'image");
            assertThat(withErrors.getHtmlElementById("removal").hasAttribute("open")).isTrue();
            assertThat(withErrors.<HtmlCheckBoxInput>getHtmlElementById("removalGoodFaith").isChecked()).isTrue();
        }
    }
}
