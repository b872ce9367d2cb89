package org.recourse.it;

import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.recourse.testing.SharedSettings;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

/**
 * One Payara Micro for what a decision causes beyond the item: its statements of reasons ({@link StatementsContract}),
 * the uploader's strikes and bans ({@link SanctionsContract}), and what reviewers' decisions do to partner banks
 * ({@link PartnerBanksContract}). Each contract runs here as a {@code @Nested} class; the first two have a webhook
 * receiver of their own (each registers its own endpoint, so each sees every event and picks its own by content and
 * uploader ids, which no two contracts share). On H2 ({@link DecisionsH2IT}) and PostgreSQL
 * ({@link DecisionsPostgresIT}).
 */
abstract class DecisionsPortal extends SharedPortal {

    abstract WebhookReceiver statementsReceiver();

    abstract WebhookReceiver sanctionsReceiver();

    static Map<String, String> settings(Map<String, String> database) {
        return new SharedSettings(database)
                .add("statements", StatementsContract.settings())
                .add("sanctions", SanctionsContract.settings())
                .add("partner banks", PartnerBanksContract.settings())
                .toMap();
    }

    @Nested
    @DisplayName("Statements of reasons (issued, versioned, webhook, API)")
    class Statements extends StatementsContract {

        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return DecisionsPortal.this.database();
        }

        @Override
        WebhookReceiver receiver() {
            return statementsReceiver();
        }
    }

    @Nested
    @DisplayName("Sanctions (strikes, bans, by hand; webhooks)")
    class Sanctions extends SanctionsContract {

        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return DecisionsPortal.this.database();
        }

        @Override
        WebhookReceiver receiver() {
            return sanctionsReceiver();
        }
    }

    @Nested
    @DisplayName("Partner banks (trust levels, reviews, feedback, flags, imports)")
    class PartnerBanks extends PartnerBanksContract {

        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return DecisionsPortal.this.database();
        }
    }
}
