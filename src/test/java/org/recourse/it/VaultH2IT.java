package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.recourse.it.pages.LegalRecordPage;
import org.recourse.it.pages.LegalRecordsPage;
import org.recourse.it.pages.StaffSignInPage;
import org.recourse.staff.Totp;
import org.recourse.testing.Browsers;
import org.recourse.testing.Deployments;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

import java.net.URL;
import org.junit.jupiter.api.Nested;

@DisplayName("The evidence vault and the LEGAL role on Payara Micro with the embedded H2 database, with a browser")
class VaultH2IT extends VaultPortal {

    private static final Map<String, String> DATABASE = Deployments.h2("vault");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.recourse(settings(DATABASE));
    }

    @Override
    TestDatabase database() {
        return TestDatabase.h2(DATABASE.get("recourse.db.url"));
    }

    @Nested
    @DisplayName("The LEGAL role and evidence packages, with a browser")
    class Legal extends LegalContract {

        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return VaultH2IT.this.database();
        }

        @Test
        @DisplayName("Chromium: a LEGAL member signs in with TOTP, lands on the vault, finds the record and opens it")
        void legalPagesInChromium() throws Exception {
            // Arrange: a LEGAL account whose authenticator secret the test knows
            String oneTime = StaffWorkspaceContract.create(team.get("admin"), "lia", "LEGAL");
            StaffClient setup = new StaffClient(URI.create(base.toString()));
            String password = setup.setUp("lia", oneTime, LEGAL_PASSWORD);
            ChromeDriver chromium = Browsers.chromium();
            try {
                // Act
                LegalRecordsPage records = StaffSignInPage.open(chromium, base.toString())
                        .signInToVault("lia", password, Totp.code(setup.secret(), Totp.step(Instant.now()) + 1));

                // Assert: the vault is home, and the navigation offers only the legal work
                assertThat(records.path()).isEqualTo("/staff/legal/records");
                assertThat(records.navigation()).containsExactly("Evidence vault", "Legal holds", "Hotlines", "Outside addresses");
                assertThat(records.fingerprint()).matches("[0-9a-f]{64}");

                // Act: find the case's record and open its metadata
                records = records.filterByCase(caseNumber);
                assertThat(records.rows()).singleElement().asString()
                        .contains(caseNumber, "Child sexual imagery", "Sealed");
                LegalRecordPage record = records.openFirst();
                assertThat(record.caseNumber()).isEqualTo(caseNumber);
                assertThat(record.status()).isEqualTo("Sealed");
                record = record.openMetadata();

                // Assert: the metadata is shown, and the opening is now in the chain of custody
                assertThat(record.metadata()).contains("demo-03");
                assertThat(record.custody()).contains("Sealed", "Opened");
                assertThat(widthsAndLanguages(chromium)).as("pages wider than the window").isEmpty();
                List<LogEntry> errors = chromium.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
                assertThat(errors).as("console errors on the LEGAL pages").isEmpty();
            } finally {
                chromium.quit();
            }
        }

        /**
         * Each LEGAL page at a phone's and a desktop's width, in English and French: the pages that scroll sideways
         * (none, we hope). A picture of each is left in target/screenshots for a person to look at.
         */
        private List<String> widthsAndLanguages(ChromeDriver chromium) throws Exception {
            Path pictures = Files.createDirectories(Path.of("target", "screenshots"));
            List<String> wide = new ArrayList<>();
            for (String language : List.of("fr", "en")) {
                for (int width : new int[] {360, 1280}) {
                    chromium.manage().window().setSize(new Dimension(width, 2400));
                    for (String page : List.of("records?case=" + caseNumber + "&lang=" + language,
                            "record?id=" + recordId + "&lang=" + language)) {
                        chromium.get(base + "staff/legal/" + page);
                        long scroll = (Long) chromium.executeScript("return document.documentElement.scrollWidth");
                        long client = (Long) chromium.executeScript("return document.documentElement.clientWidth");
                        if (scroll > client) {
                            wide.add(page + " at " + width + ": " + scroll + " > " + client);
                        }
                        String name = "legal-" + page.replaceAll("[^a-z]+.*", "") + "-" + language + "-" + width + ".png";
                        Files.write(pictures.resolve(name), chromium.getScreenshotAs(OutputType.BYTES));
                    }
                }
            }
            return wide;
        }
    }
}
