package org.recourse.dsa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends due submissions in batches of at most 100 (the database's limit, and what it asks platforms to use) until
 * nothing is due, each batch one call outside any transaction, its answer recorded per statement.
 */
@ApplicationScoped
public class DsaDispatcher {

    private static final Logger LOG = Logger.getLogger(DsaDispatcher.class.getName());

    @Inject
    DsaClaims claims;

    @Inject
    DsaSettings settings;

    @Inject
    Clock clock;

    /** Returns how many statements the database accepted. */
    public int dispatchDue() {
        if (!settings.enabled()) {
            return 0;
        }
        Optional<DsaClient> client = settings.statementsUrl().flatMap(url -> settings.token()
                .map(token -> new DsaClient(url, token, settings.timeout())));
        int accepted = 0;
        List<DsaClaims.Claimed> batch;
        do {
            batch = claims.claimDue(clock.instant(), DsaClient.MAX_BATCH, settings.claimFor());
            if (batch.isEmpty()) {
                break;
            }
            if (client.isEmpty()) {
                claims.notConfigured(batch, clock.instant(), settings.backoff());
                LOG.warning("DSA transparency database: recourse.dsa.url or recourse.dsa.token is not set");
                break;
            }
            BatchOutcome outcome = client.get().send(batch.stream().map(DsaClaims.Claimed::payload).toList());
            claims.record(batch, outcome, clock.instant(), settings.backoff());
            int size = batch.size();
            LOG.info(() -> "DSA transparency database: a batch of " + size + " answered " + describe(outcome));
            if (outcome instanceof BatchOutcome.Created) {
                accepted += size;
            } else if (!(outcome instanceof BatchOutcome.Refused)) {
                break;
            }
        } while (batch.size() == DsaClient.MAX_BATCH);
        return accepted;
    }

    private static String describe(BatchOutcome outcome) {
        if (outcome instanceof BatchOutcome.Refused refused) {
            return "422, " + refused.refused().size() + " refused, " + refused.duplicates().size() + " already there";
        } else if (outcome instanceof BatchOutcome.Unauthorized unauthorized) {
            return "HTTP " + unauthorized.status() + " (token refused)";
        } else if (outcome instanceof BatchOutcome.Unavailable unavailable) {
            return "unavailable: " + unavailable.reason();
        }
        return "201 Created";
    }
}
