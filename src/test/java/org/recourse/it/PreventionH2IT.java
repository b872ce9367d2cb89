package org.recourse.it;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.recourse.testing.Deployments;
import org.recourse.testing.MailServer;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

@DisplayName("Before it goes up (signals, policy, performers, context, partners, reviewers) on Payara Micro with H2")
class PreventionH2IT extends PreventionPortal {

    private static final Map<String, String> DATABASE = Deployments.h2("prevention");
    private static MailServer mail;
    private static WebhookReceiver receiver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        mail = MailServer.onFreePort().start();
        receiver = WebhookReceiver.start();
        return Deployments.recourse(settings(DATABASE, mail));
    }

    @AfterAll
    static void stop() {
        receiver.close();
        mail.stop();
    }

    @Override
    TestDatabase database() {
        return TestDatabase.h2(DATABASE.get("recourse.db.url"));
    }

    @Override
    MailServer mail() {
        return mail;
    }

    @Override
    WebhookReceiver receiver() {
        return receiver;
    }

    // ----- performers (issue 17 §3): the withdrawal page in Chromium, once (its look does not depend on the database)
    @Nested
    @DisplayName("Adult content: the consent-withdrawal page in Chromium")
    class PerformersLook extends PerformersLookContract {
        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return PreventionH2IT.this.database();
        }
    }
    // ----- end performers -----
}
