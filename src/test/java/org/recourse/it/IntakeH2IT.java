package org.recourse.it;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.recourse.testing.Browsers;
import org.recourse.testing.Deployments;
import org.recourse.testing.TestDatabase;

@DisplayName("Intake on Payara Micro with the embedded H2 database")
class IntakeH2IT extends IntakeContract {

    /** Intake's defaults, with the browser tests' quick-exit address (a port nothing listens on). */
    private static final Map<String, String> SETTINGS = settings();

    private static Map<String, String> settings() {
        Map<String, String> settings = new java.util.HashMap<>(Deployments.h2("intake"));
        settings.putAll(Browsers.settings());
        return Map.copyOf(settings);
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.recourse(SETTINGS);
    }

    @Override
    TestDatabase database() {
        return TestDatabase.h2(SETTINGS.get("recourse.db.url"));
    }

    @Nested
    @DisplayName("Reporting from the gallery in a real browser")
    class ReportJourney extends ReportJourneyContract {

        @Override
        URL portal() {
            return IntakeH2IT.this.base;
        }
    }
}
