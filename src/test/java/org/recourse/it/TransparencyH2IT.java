package org.recourse.it;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.TestDatabase;

@DisplayName("Transparency figures against generated cases, on Payara Micro with the embedded H2 database")
class TransparencyH2IT extends TransparencyContract {

    private static final Map<String, String> DATABASE = Deployments.h2("transparency");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return deployment(DATABASE);
    }

    @Override
    TestDatabase database() {
        return TestDatabase.h2(DATABASE.get("recourse.db.url"));
    }
}
