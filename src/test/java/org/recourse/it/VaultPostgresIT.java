package org.recourse.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.recourse.testing.Deployments;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;

@DisplayName("The evidence vault and the LEGAL role on Payara Micro with a real PostgreSQL")
class VaultPostgresIT extends VaultPortal {

    private static TestDatabase database;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = Postgres.newDatabase("vault");
        return Deployments.recourse(settings(Postgres.settings(database)));
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Nested
    @DisplayName("The LEGAL role and evidence packages")
    class Legal extends LegalContract {

        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return VaultPostgresIT.this.database();
        }
    }
}
