package org.recourse.contact;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.recourse.platform.jobs.IntervalJob;

/**
 * Runs {@link ContactEraser#eraseExpired} every {@code recourse.jobs.retention-interval} (an hour by default), batch
 * after batch until none is full. Erasing is idempotent, so nodes that run it at the same time only repeat each
 * other's work, never undo it.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ContactRetention extends IntervalJob {

    private static final Logger LOG = Logger.getLogger(ContactRetention.class.getName());

    @Inject
    ContactEraser eraser;

    @Inject
    Clock clock;

    public ContactRetention() {
        super("contact-retention", "recourse.jobs.retention-interval", "PT1H",
                "Deleting expired contact addresses failed; the next run tries again");
    }

    @Override
    protected void runOnce() {
        int erased;
        do {
            erased = eraser.eraseExpired(clock.instant());
            if (erased > 0) {
                int count = erased;
                LOG.info(() -> "Deleted the contact address of " + count + " report(s) closed past retention.");
            }
        } while (erased == ContactEraser.BATCH);
    }
}
