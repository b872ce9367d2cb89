package org.recourse.it;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

@DisplayName("What a decision causes (statements of reasons, strikes and bans, partner banks) on Payara Micro with the embedded H2 database")
class DecisionsH2IT extends DecisionsPortal {

    private static final Map<String, String> DATABASE = Deployments.h2("decisions");
    private static WebhookReceiver statements;
    private static WebhookReceiver sanctions;

    @Deployment(testable = false)
    static WebArchive deployment() {
        statements = WebhookReceiver.start();
        sanctions = WebhookReceiver.start();
        return Deployments.recourse(settings(DATABASE));
    }

    @AfterAll
    static void stopReceivers() {
        statements.close();
        sanctions.close();
    }

    @Override
    TestDatabase database() {
        return TestDatabase.h2(DATABASE.get("recourse.db.url"));
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
