package org.recourse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.MailServer;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;

@DisplayName("Evidence retention (purge on time, legal holds, reminders) on Payara Micro with a real PostgreSQL")
class RetentionPostgresIT extends RetentionContract {

    private static TestDatabase database;
    private static MailServer mail;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = Postgres.newDatabase("retention");
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
