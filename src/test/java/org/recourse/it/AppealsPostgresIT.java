package org.recourse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.MailServer;
import org.recourse.testing.WebhookReceiver;

@DisplayName("Appeals (API, queue, proof, second look) on Payara Micro with a real PostgreSQL")
class AppealsPostgresIT extends AppealsContract {

    private static TestDatabase database;
    private static WebhookReceiver receiver;
    private static MailServer mail;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = Postgres.newDatabase("appeals");
        receiver = WebhookReceiver.start();
        mail = MailServer.onFreePort().start();
        return deployment(Postgres.settings(database), mail);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
        mail.stop();
    }

    @Override
    MailServer mail() {
        return mail;
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    WebhookReceiver receiver() {
        return receiver;
    }
}
