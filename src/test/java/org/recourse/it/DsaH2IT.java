package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.recourse.it.pages.StaffSignInPage;
import org.recourse.staff.Totp;
import org.recourse.testing.Browsers;
import org.recourse.testing.Poll;
import org.recourse.testing.StaffClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.TestDatabase;

@DisplayName("Statements submitted to the DSA transparency database (through the test receiver) on Payara Micro with H2")
class DsaH2IT extends DsaContract {

    private static final Map<String, String> DATABASE = Deployments.h2("dsa");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return deployment(DsaH2IT.class, DATABASE);
    }

    @Test
    @DisplayName("Chromium: the admin page lists a statement held back for personal data, in English and French, "
            + "without sideways scrolling and without 'send again' for it")
    void adminPage() throws Exception {
        // Arrange: a statement held back, and the admin's authenticator secret
        List<Long> ids = issue(1, "Write to the moderator at mod@platform.example.");
        Poll.until(WAIT, () -> submissions(ids), rows -> rows.size() == 1, "the held-back statement stored");
        StaffClient setup = admin();
        ChromeDriver chromium = Browsers.chromium();
        try {
            StaffSignInPage.open(chromium, base.toString())
                    .signIn("admin", adminPassword(), Totp.code(setup.secret(), freshStep()));
            Path pictures = Files.createDirectories(Path.of("target", "screenshots"));
            List<String> wide = new ArrayList<>();
            for (String language : List.of("en", "fr")) {
                for (int width : new int[] {360, 1280}) {
                    // Act
                    chromium.manage().window().setSize(new Dimension(width, 1600));
                    chromium.get(base + "staff/admin/dsa?lang=" + language);

                    // Assert
                    String dead = chromium.findElement(By.id("dsa:dead")).getText();
                    assertThat(dead).contains(ids.get(0) + " (1)").contains(language.equals("en")
                            ? "Held back: it would have contained personal data"
                            : "Retenu : il aurait contenu des données personnelles")
                            .doesNotContain("mod@platform.example");
                    assertThat(chromium.findElements(By.cssSelector("#dsa\\:dead input[type=submit]"))).isEmpty();
                    long scroll = (Long) chromium.executeScript("return document.documentElement.scrollWidth");
                    long client = (Long) chromium.executeScript("return document.documentElement.clientWidth");
                    if (scroll > client) {
                        wide.add(language + " at " + width + ": " + scroll + " > " + client);
                    }
                    Files.write(pictures.resolve("dsa-admin-" + language + "-" + width + ".png"),
                            chromium.getScreenshotAs(OutputType.BYTES));
                }
            }
            assertThat(wide).as("widths that scroll sideways").isEmpty();
        } finally {
            chromium.quit();
        }
    }

    @Override
    TestDatabase database() {
        return TestDatabase.h2(DATABASE.get("recourse.db.url"));
    }
}
