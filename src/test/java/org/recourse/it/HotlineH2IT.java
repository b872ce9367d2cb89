package org.recourse.it;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.TestDatabase;

@DisplayName("Reports to hotlines (CyberTipline through the test receiver, referrals) on Payara Micro with H2")
class HotlineH2IT extends HotlineContract {

    private static final Map<String, String> DATABASE = Deployments.h2("hotline");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return deployment(HotlineH2IT.class, DATABASE);
    }

    @Override
    TestDatabase database() {
        return TestDatabase.h2(DATABASE.get("recourse.db.url"));
    }
}
