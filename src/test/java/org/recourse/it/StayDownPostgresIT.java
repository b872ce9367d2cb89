package org.recourse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;

@DisplayName("Copies, videos and uploaders (sweep, vPDQ, uploader context, outside addresses) on PostgreSQL")
class StayDownPostgresIT extends StayDownPortal {

    private static TestDatabase database;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = Postgres.newDatabase("stay-down");
        return Deployments.recourse(settings(Postgres.settings(database)));
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
