package org.recourse.it;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.TestDatabase;

@DisplayName("Partner banks (trust levels, reviews, feedback, flags, imports) on Payara Micro with the embedded H2 database")
class PartnerBanksIT extends PartnerBanksContract {

    private static final Map<String, String> DATABASE = Deployments.h2("partner-banks");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return deployment(DATABASE);
    }

    @Override
    TestDatabase database() {
        return TestDatabase.h2(DATABASE.get("recourse.db.url"));
    }
}
