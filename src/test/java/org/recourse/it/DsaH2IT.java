package org.recourse.it;

import java.util.Map;
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

    @Override
    TestDatabase database() {
        return TestDatabase.h2(DATABASE.get("recourse.db.url"));
    }
}
