package org.recourse.it;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

@DisplayName("Statements of reasons (issued, versioned, webhook, API) on Payara Micro with the embedded H2 database")
class StatementsH2IT extends StatementsContract {

    private static final Map<String, String> DATABASE = Deployments.h2("statements");
    private static WebhookReceiver receiver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        receiver = WebhookReceiver.start();
        return deployment(DATABASE);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Override
    TestDatabase database() {
        return TestDatabase.h2(DATABASE.get("recourse.db.url"));
    }

    @Override
    WebhookReceiver receiver() {
        return receiver;
    }
}
