package org.recourse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;

@DisplayName("Statements submitted to the DSA transparency database (through the test receiver) on Payara Micro with "
        + "PostgreSQL")
class DsaPostgresIT extends DsaContract {

    private static TestDatabase database;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = Postgres.newDatabase("dsa");
        return deployment(DsaPostgresIT.class, Postgres.settings(database));
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
