package org.recourse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.MailServer;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;

@DisplayName("The 48-hour removal track (TAKE IT DOWN Act) on Payara Micro with a real PostgreSQL")
class Takedown48PostgresIT extends Takedown48Contract {

    private static TestDatabase database;
    private static MailServer mail;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = Postgres.newDatabase("takedown48");
        mail = MailServer.onFreePort().start();
        return deployment(Postgres.settings(database), mail);
    }

    @AfterAll
    static void stopMail() {
        mail.stop();
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    MailServer mail() {
        return mail;
    }
}
