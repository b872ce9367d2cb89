package org.recourse.it;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.MailServer;
import org.recourse.testing.TestDatabase;

@DisplayName("Evidence retention (purge on time, legal holds, reminders) on Payara Micro with the embedded H2 database")
class RetentionH2IT extends RetentionContract {

    private static final Map<String, String> DATABASE = Deployments.h2("retention");
    private static MailServer mail;

    @Deployment(testable = false)
    static WebArchive deployment() {
        mail = MailServer.onFreePort().start();
        return deployment(DATABASE, mail);
    }

    @AfterAll
    static void stopMail() {
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
}
