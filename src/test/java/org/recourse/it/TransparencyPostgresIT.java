package org.recourse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;

@DisplayName("Transparency figures against generated cases, on Payara Micro with a real PostgreSQL")
class TransparencyPostgresIT extends TransparencyContract {

    private static TestDatabase database;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = Postgres.newDatabase("transparency");
        return deployment(Postgres.settings(database));
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
