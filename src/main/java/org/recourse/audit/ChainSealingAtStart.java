package org.recourse.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, seals an audit log written before the chain was keyed (once: the head then says it is keyed). Any append
 * would do it too, under the same lock; doing it here means it is done before anyone verifies the log.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ChainSealingAtStart {

    private static final Logger LOG = Logger.getLogger(ChainSealingAtStart.class.getName());

    @Inject
    AuditLog audit;

    @PostConstruct
    void seal() {
        try {
            audit.sealIfUnkeyed();
        } catch (RuntimeException e) {
            // Reporting must go on whatever happens to the audit log: say it loudly, do not refuse to start.
            LOG.log(Level.SEVERE, "The audit log could not be sealed under its key; the next audited action will try "
                    + "again: " + e.getMessage(), e);
        }
    }
}
