package org.recourse.triage;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.platform.jobs.IntervalJob;

/**
 * Runs the SLA watch every {@code recourse.jobs.sla-interval} (30 s by default) on every node, page by page; each page
 * is its own transaction, so a page that fails (say, a reviewer changed a case at that moment) is simply done again
 * at the next run, and the pages after it still go ahead.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SlaSchedule extends IntervalJob {

    private static final Logger LOG = Logger.getLogger(SlaSchedule.class.getName());

    @Inject
    org.recourse.operations.RecourseMetrics metrics;

    @Inject
    SlaWatch watch;

    @Inject
    Clock clock;

    public SlaSchedule() {
        super("sla-watch", "recourse.jobs.sla-interval", "PT30S", "The SLA check failed; the next run tries again");
    }

    @Override
    protected void runOnce() {
        metrics.slaBreaches(checkAll(watch, clock.instant()));
    }

    /** Goes through every open case page by page; returns how many cases breached. */
    static int checkAll(SlaWatch watch, Instant now) {
        int breached = 0;
        long after = 0;
        SlaWatch.Page page;
        do {
            page = watch.scan(after, now);
            if (!page.due().isEmpty()) {
                try {
                    breached += watch.mark(page.due(), now);
                } catch (RuntimeException e) {
                    LOG.log(Level.INFO, "SLA marks for " + page.due().size() + " case(s) wait for the next run", e);
                }
            }
            after = page.lastId();
        } while (page.full());
        return breached;
    }
}
