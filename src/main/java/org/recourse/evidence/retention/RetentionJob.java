package org.recourse.evidence.retention;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.platform.jobs.IntervalJob;

/**
 * The purge of evidence past its retention, and the reminders of holds to review, every
 * {@code recourse.jobs.evidence-retention-interval} (an hour by default, so a record is gone within the hour after its
 * date, and a restart never puts a purge off by a day). One record that fails to purge is logged and left to the next
 * run; the others go on. Nodes running it at once wait for each other on each record's lock, then find it shredded.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionJob extends IntervalJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    /** Batches of reminders in one run, at most: a bound, not a limit anyone should meet. */
    private static final int REMINDER_BATCHES = 20;

    @Inject
    EvidencePurge purge;

    @Inject
    HoldReminders reminders;

    @Inject
    Clock clock;

    /** Injected here, in a startup singleton, so that a wrong retention setting stops the deployment at start. */
    @Inject
    RetentionPolicy policy;

    @PostConstruct
    void checkSettings() {
        reminders.period();
        LOG.info(() -> "Evidence retention: " + (policy.applicable().isEmpty() ? "no jurisdiction applies; records "
                + "are kept until a LEGAL user decides" : policy.applicable().stream().map(jurisdiction -> jurisdiction
                        + " " + policy.period(jurisdiction) + " (" + jurisdiction.statute() + ")").toList()) + ".");
    }

    public RetentionJob() {
        super("evidence-retention", "recourse.jobs.evidence-retention-interval", "PT1H",
                "Purging evidence past its retention failed; the next run tries again");
    }

    @Override
    protected void runOnce() {
        Instant now = clock.instant();
        purgeDue(now);
        for (int batch = 0; batch < REMINDER_BATCHES && reminders.remindDue(now) == HoldReminders.BATCH; batch++) {
            LOG.fine("A full batch of hold reminders was queued; reminding the next.");
        }
    }

    private void purgeDue(Instant now) {
        long afterId = 0;
        List<Long> page;
        do {
            page = purge.candidates(now, afterId);
            for (long recordId : page) {
                try {
                    purge.purgeIfDue(recordId, now).ifPresent(purged -> LOG.info(() -> "Evidence record "
                            + purged.recordId() + " of case " + purged.caseId() + " was purged: retention ran out on "
                            + purged.purgeAfter() + "."));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Evidence record " + recordId + " could not be purged; the next run "
                            + "tries again.", e);
                }
            }
            afterId = page.isEmpty() ? afterId : page.get(page.size() - 1);
        } while (page.size() == EvidencePurge.PAGE);
    }
}
