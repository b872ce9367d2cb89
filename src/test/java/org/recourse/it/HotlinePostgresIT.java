package org.recourse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;

@DisplayName("Reports to hotlines (CyberTipline through the test receiver, referrals) on Payara Micro with PostgreSQL")
class HotlinePostgresIT extends HotlineContract {

    private static TestDatabase database;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = Postgres.newDatabase("hotline");
        return deployment(HotlinePostgresIT.class, Postgres.settings(database));
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
