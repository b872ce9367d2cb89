package org.recourse.triage;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import org.recourse.platform.jobs.IntervalJob;

/** Every minute ({@code recourse.jobs.claim-interval}), gives back claims nobody has worked on for 30 minutes. */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClaimExpiry extends IntervalJob {

    @Inject
    TriageService triage;

    public ClaimExpiry() {
        super("claim-expiry", "recourse.jobs.claim-interval", "PT1M", "Claim expiry will retry");
    }

    @Override
    protected void runOnce() {
        triage.releaseIdleClaims();
    }

    /** Two nodes may race for the same stale claim; the next run finishes the job, so a failure is no news. */
    @Override
    protected Level failureLevel() {
        return Level.FINE;
    }
}
