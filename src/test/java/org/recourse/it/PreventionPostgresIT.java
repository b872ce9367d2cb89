package org.recourse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.MailServer;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

@DisplayName("Before it goes up (signals, policy, performers, context, partners, reviewers) on Payara Micro with PostgreSQL")
class PreventionPostgresIT extends PreventionPortal {

    private static TestDatabase database;
    private static MailServer mail;
    private static WebhookReceiver receiver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = Postgres.newDatabase("prevention");
        mail = MailServer.onFreePort().start();
        receiver = WebhookReceiver.start();
        return Deployments.recourse(settings(Postgres.settings(database), mail));
    }

    @AfterAll
    static void stop() {
        receiver.close();
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

    @Override
    WebhookReceiver receiver() {
        return receiver;
    }
}
