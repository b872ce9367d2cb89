package org.recourse.notification;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.recourse.platform.jobs.IntervalJob;

/**
 * Runs the dispatcher every {@code recourse.jobs.outbox-interval} (10 s by default) on every node; the claims keep
 * nodes from sending the same mail. Every claim and outcome is committed, so after a failed run the next resumes.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSchedule extends IntervalJob {

    @Inject
    OutboxDispatcher dispatcher;

    public OutboxSchedule() {
        super("outbox-dispatch", "recourse.jobs.outbox-interval", "PT10S",
                "Sending the outbox failed; the next run tries again");
    }

    @Override
    protected void runOnce() {
        dispatcher.dispatchDue();
    }
}
