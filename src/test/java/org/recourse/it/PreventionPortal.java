package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.testing.Http;
import org.recourse.testing.MailServer;
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
@ExtendWith(ArquillianExtension.class)
abstract class PreventionPortal {

    static final String ADMIN_PASSWORD = "first portal password 42";

    /** The address Arquillian gave each concrete class, for the nested classes (JUnit makes a fresh outer instance). */
    private static final Map<Class<?>, URL> DEPLOYED = new ConcurrentHashMap<>();

    @ArquillianResource
    URL base;

    abstract TestDatabase database();

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
        // parts' settings: one line each, in a block of its own
        // SIGNALS (issue 17 §1)
        settings.putAll(SignalsContract.SETTINGS);
        // PARTNERS (issue 17 §5)
        settings.putAll(PartnersContract.SETTINGS);
        // ----- performers (issue 17 §3) -----
        settings.putAll(PerformersContract.SETTINGS);
        // ----- end performers -----
        // context (issue 17 section 4)
        settings.putAll(ContextContract.SETTINGS);
        // /context
        // REVIEWERS (§6): capacity and wellbeing
        settings.putAll(WorkforceContract.SETTINGS);
        // POLICY (§2): the general-media tier and the test's Tor exit list file
        settings.putAll(PolicyContract.SETTINGS);
        return settings;
    }

    @BeforeEach
    void rememberAddress() {
        if (base != null) {
            DEPLOYED.put(getClass(), base);
        }
    }

    /** The portal of the concrete class running now (for nested classes). */
    URL deployed() {
        return DEPLOYED.get(getClass());
    }

    @Test
    @DisplayName("the shared portal is up and ready before its parts run")
    void ready() throws Exception {
        // Act
        HttpResponse<String> ready = new Http(URI.create(base.toString())).get("/health/ready");

        // Assert
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("UP");
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
