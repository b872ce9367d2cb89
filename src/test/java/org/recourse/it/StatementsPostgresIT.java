package org.recourse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

@DisplayName("Statements of reasons (issued, versioned, webhook, API) on Payara Micro with a real PostgreSQL")
class StatementsPostgresIT extends StatementsContract {

    private static TestDatabase database;
    private static WebhookReceiver receiver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = Postgres.newDatabase("statements");
        receiver = WebhookReceiver.start();
        return deployment(Postgres.settings(database));
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
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
