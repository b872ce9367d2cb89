package org.recourse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

@DisplayName("What a decision causes (statements of reasons, strikes and bans, partner banks) on Payara Micro with a real PostgreSQL")
class DecisionsPostgresIT extends DecisionsPortal {

    private static TestDatabase database;
    private static WebhookReceiver statements;
    private static WebhookReceiver sanctions;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = Postgres.newDatabase("decisions");
        statements = WebhookReceiver.start();
        sanctions = WebhookReceiver.start();
        return Deployments.recourse(settings(Postgres.settings(database)));
    }

    @AfterAll
    static void stopReceivers() {
        statements.close();
        sanctions.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    WebhookReceiver statementsReceiver() {
        return statements;
    }

    @Override
    WebhookReceiver sanctionsReceiver() {
        return sanctions;
    }
}
