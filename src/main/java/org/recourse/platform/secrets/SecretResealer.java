package org.recourse.platform.secrets;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, seals the secrets that were stored before sealing existed (and opens every sealed one once, so that a
 * node with the wrong key says so in its log at start rather than at the first sign-in or webhook).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class SecretResealer {

    private static final Logger LOG = Logger.getLogger(SecretResealer.class.getName());

    @Inject
    SealedColumns columns;

    @PostConstruct
    void reseal() {
        int sealed = columns.sealPlainValues();
        if (sealed > 0) {
            LOG.info(() -> "Sealed " + sealed + " secrets that were stored in plain text.");
        }
        try {
            columns.checkOneOpens();
        } catch (IllegalStateException e) {
            // Reporting must go on whatever happens to staff secrets: say it loudly, do not refuse to start.
            LOG.log(Level.SEVERE, "Staff sign-in and webhooks will fail on this node: " + e.getMessage(), e);
        }
    }
}
