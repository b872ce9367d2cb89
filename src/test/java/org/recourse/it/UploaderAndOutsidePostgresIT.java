package org.recourse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;

@DisplayName("Uploader context and outside addresses on PostgreSQL")
class UploaderAndOutsidePostgresIT extends UploaderAndOutsideContract {

    private static TestDatabase database;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = Postgres.newDatabase("uploader_outside");
        return Deployments.recourse(settings(Postgres.settings(database)));
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
