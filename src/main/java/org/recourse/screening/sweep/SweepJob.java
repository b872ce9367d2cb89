package org.recourse.screening.sweep;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.recourse.platform.jobs.IntervalJob;

/**
 * Works the sweeps every {@code recourse.jobs.sweep-interval} (two seconds by default), batch after batch, each its
 * own transaction, for at most {@code recourse.jobs.sweep-slice} per run, so a sweep of 100,000 hashes goes on across
 * runs without holding the timer. Nodes share the work sweep by sweep: each batch claims its sweep's row with
 * {@code skip locked}. The first run loads the node's {@link ContentIndex}.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SweepJob extends IntervalJob {

    private static final Duration SLICE = Duration.ofSeconds(30);

    @Inject
    Sweeps sweeps;

    @Inject
    Clock clock;

    private volatile boolean warm;

    public SweepJob() {
        super("sweep", "recourse.jobs.sweep-interval", "PT2S",
                "Sweeping registered content failed; the next run resumes where the last batch left it");
    }

    @Override
    protected void runOnce() {
        if (!warm) {
            sweeps.warmUp();
            warm = true;
        }
        Instant until = clock.instant().plus(SLICE);
        boolean more = true;
        while (more && clock.instant().isBefore(until)) {
            try {
                more = sweeps.step();
            } catch (RuntimeException failure) {
                // One batch a transaction: the failure lost only this batch. Counted, then left to the guard to log.
                sweeps.failed(failure);
                throw failure;
            }
        }
    }
}
