package org.recourse.it;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.MailServer;
import org.recourse.testing.WebhookReceiver;

@DisplayName("Appeals (API, queue, proof, second look) on Payara Micro with the embedded H2 database")
class AppealsH2IT extends AppealsContract {

    private static final Map<String, String> DATABASE = Deployments.h2("appeals");
    private static WebhookReceiver receiver;
    private static MailServer mail;

    @Deployment(testable = false)
    static WebArchive deployment() {
        receiver = WebhookReceiver.start();
        mail = MailServer.onFreePort().start();
        return deployment(DATABASE, mail);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
        mail.stop();
    }

    @Override
    boolean inChromium() {
        return true;
    }

    @Override
    MailServer mail() {
        return mail;
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
