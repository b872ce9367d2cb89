package org.recourse.it;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.recourse.testing.MailServer;
import org.recourse.testing.SharedSettings;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

/**
 * One Payara Micro for everything issue 17 adds before an upload goes up (classifier signals, the upload policy,
 * performers and consent, context and behaviour, partner signals, the reviewers' capacity and exposure): each part's
 * checks are a contract run here as a {@code @Nested} class, so the part costs no Payara boot of its own. Run on H2
 * ({@link PreventionH2IT}) and PostgreSQL ({@link PreventionPostgresIT}); run one part alone with
 * {@code -Dit.test='PreventionH2IT*'} and JUnit's own filters.
 *
 * <p>Each part adds, in its own marked block: its settings (its contract's {@code SETTINGS}, keys of its own) to
 * {@link #settings}, and its nested class below. Nested classes get the portal through {@link #deployed()}.
 */
abstract class PreventionPortal extends SharedPortal {

    abstract MailServer mail();

    abstract WebhookReceiver receiver();

    /** Every part's settings over the shared ones: a mail server, a webhook receiver, fast jobs, a known admin. */
    static Map<String, String> settings(Map<String, String> database, MailServer mail) {
        Map<String, String> settings = new HashMap<>(database);
        settings.put("recourse.jobs.outbox-interval", "PT1S");
        settings.put("recourse.jobs.webhook-interval", "PT1S");
        settings.put("recourse.jobs.sla-interval", "PT1S");
        settings.put("recourse.mail.smtp.host", "127.0.0.1");
        settings.put("recourse.mail.smtp.port", Integer.toString(mail.port()));
        settings.put("recourse.mail.smtp.starttls", "false");
        settings.put("recourse.mail.from", "Recourse <recourse@recourse.test>");
        settings.put("recourse.demo.enabled", "false");
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.webhooks.allowed-private-ranges", "127.0.0.0/8");
        // Every peer is a trusted proxy: tests play the proxy and name each client by X-Forwarded-For.
        settings.put("recourse.http.trusted-proxies", "0.0.0.0/0, ::/0");
        return new SharedSettings(settings)
                .add("signals", SignalsContract.SETTINGS)
                .add("policy", PolicyContract.SETTINGS)
                .add("performers", PerformersContract.SETTINGS)
                .add("context", ContextContract.SETTINGS)
                .add("partners", PartnersContract.SETTINGS)
                .add("workforce", WorkforceContract.SETTINGS)
                .toMap();
    }

    // SIGNALS (issue 17 §1)
    @Nested
    @DisplayName("Classifier signals, always with a human")
    class Signals extends SignalsContract {
        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return PreventionPortal.this.database();
        }
    }

    // POLICY (issue 17 §2)
    @Nested
    @DisplayName("A risk-based upload policy")
    class Policy extends PolicyContract {
        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return PreventionPortal.this.database();
        }
    }

    // PERFORMERS (issue 17 §3)
    @Nested
    @DisplayName("Adult content: age and consent records, and consent that can be withdrawn")
    class Performers extends PerformersContract {
        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return PreventionPortal.this.database();
        }

        @Override
        WebhookReceiver receiver() {
            return PreventionPortal.this.receiver();
        }
    }

    // CONTEXT (issue 17 §4)
    @Nested
    @DisplayName("Context and behaviour around images")
    class Context extends ContextContract {
        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return PreventionPortal.this.database();
        }

        @Override
        WebhookReceiver receiver() {
            return PreventionPortal.this.receiver();
        }
    }

    // PARTNERS (issue 17 §5)
    @Nested
    @DisplayName("Signals shared with partners")
    class Partners extends PartnersContract {
        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return PreventionPortal.this.database();
        }
    }

    // REVIEWERS (issue 17 §6)
    @Nested
    @DisplayName("The people who review: capacity and exposure")
    class Workforce extends WorkforceContract {
        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return PreventionPortal.this.database();
        }
    }
}
