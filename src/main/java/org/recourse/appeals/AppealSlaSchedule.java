package org.recourse.appeals;

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
 * Runs the appeal SLA watch on the case SLA watch's interval ({@code recourse.jobs.sla-interval}, 30 s by default),
 * page by page; a page that fails (a supervisor deciding that appeal at that moment) is done again at the next run.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AppealSlaSchedule extends IntervalJob {

    private static final Logger LOG = Logger.getLogger(AppealSlaSchedule.class.getName());

    @Inject
    AppealSlaWatch watch;

    @Inject
    Clock clock;

    public AppealSlaSchedule() {
        super("appeal-sla-watch", "recourse.jobs.sla-interval", "PT30S",
                "The appeal SLA check failed; the next run tries again");
    }

    @Override
    protected void runOnce() {
        checkAll(watch, clock.instant());
    }

    /** Goes through every waiting appeal page by page; returns how many breached. */
    static int checkAll(AppealSlaWatch watch, Instant now) {
        int breached = 0;
        long after = 0;
        AppealSlaWatch.Page page;
        do {
            page = watch.scan(after, now);
            if (!page.due().isEmpty()) {
                try {
                    breached += watch.mark(page.due(), now);
                } catch (RuntimeException e) {
                    LOG.log(Level.INFO, "SLA notices for " + page.due().size() + " appeal(s) wait for the next run", e);
                }
            }
            after = page.lastId();
        } while (page.full());
        return breached;
    }
}
