package org.recourse.triage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every minute (configurable), gives back claims nobody has worked on for 30 minutes. */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ClaimExpiry {

    private static final Logger LOG = Logger.getLogger(ClaimExpiry.class.getName());

    @Resource
    TimerService timers;

    @Inject
    TriageService triage;

    @Inject
    @ConfigProperty(name = "recourse.jobs.claim-interval", defaultValue = "PT1M")
    String interval;

    @PostConstruct
    void schedule() {
        long millis = Duration.parse(interval).toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig("claim-expiry", false));
    }

    /** Outside any container transaction: the service's own transaction commits (or fails) inside the try. */
    @Timeout
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            triage.releaseIdleClaims();
        } catch (RuntimeException e) {
            // Two nodes may race for the same stale claim; the next run finishes the job.
            LOG.log(Level.FINE, "Claim expiry will retry", e);
        }
    }
}
