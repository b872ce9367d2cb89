package org.recourse.hotline;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.recourse.platform.jobs.IntervalJob;

/**
 * Runs the {@link HotlineDispatcher} every {@code recourse.jobs.hotline-interval} (10 s by default) on every node.
 * Nodes share the work through the claims ({@code skip locked}).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HotlineSchedule extends IntervalJob {

    @Inject
    HotlineDispatcher dispatcher;

    public HotlineSchedule() {
        super("hotline-dispatch", "recourse.jobs.hotline-interval", "PT10S",
                "Sending hotline reports failed; the next run tries again");
    }

    @Override
    protected void runOnce() {
        dispatcher.dispatchDue();
    }
}
