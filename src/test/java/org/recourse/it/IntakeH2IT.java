package org.recourse.it;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.TestDatabase;

@DisplayName("Intake on Payara Micro with the embedded H2 database")
class IntakeH2IT extends IntakeContract {

    private static final Map<String, String> SETTINGS = Deployments.h2("intake");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.recourse(SETTINGS);
    }

    @Override
    TestDatabase database() {
        return TestDatabase.h2(SETTINGS.get("recourse.db.url"));
    }
}
