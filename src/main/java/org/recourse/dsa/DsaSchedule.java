package org.recourse.dsa;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.recourse.platform.jobs.IntervalJob;

/**
 * Queues statements issued while the submission was off ({@link DsaCatchUp}) and runs the {@link DsaDispatcher} every {@code recourse.jobs.dsa-interval} (30 s by default) on every node; nodes share
 * the work through the claims ({@code skip locked}).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DsaSchedule extends IntervalJob {

    @Inject
    DsaCatchUp catchUp;

    @Inject
    DsaDispatcher dispatcher;

    public DsaSchedule() {
        super("dsa-dispatch", "recourse.jobs.dsa-interval", "PT30S",
                "Submitting statements to the DSA transparency database failed; the next run tries again");
    }

    @Override
    protected void runOnce() {
        catchUp.queueMissing();
        dispatcher.dispatchDue();
    }
}
