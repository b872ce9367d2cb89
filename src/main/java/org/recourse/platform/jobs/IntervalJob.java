package org.recourse.platform.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * A job that runs on an interval timer on every node: the interval comes from a setting, each node makes its own
 * timer at start (not persistent), and each run goes through {@link OneRunAtATime}, so a run still busy is not joined
 * by the next and a failed run is logged and left to the next one. Runs take no container transaction: the services
 * they call commit as they go, so a failure loses nothing done before it. Across nodes, each job keeps nodes apart
 * in the database (row claims, locks), or is idempotent.
 *
 * <p>A job is an EJB whose class says {@code @Startup @Singleton @DependsOn("SchemaMigration")
 * @ConcurrencyManagement(ConcurrencyManagementType.BEAN)}: EJB annotations are not inherited, so each job carries them
 * itself (the first runs only after the schema is migrated, the last lets the guard, not a lock, keep runs apart), and
 * {@code IntervalJobsTest} checks every job does. The timer, its timeout method and its transaction attribute are here.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class IntervalJob {

    @Resource
    TimerService timers;

    @Inject
    Config config;

    private final String timer;
    private final String setting;
    private final String byDefault;
    private final String failure;
    private OneRunAtATime guard;

    /**
     * @param timer the timer's name, e.g. "webhook-dispatch"
     * @param setting the setting that holds the interval, an ISO-8601 duration, e.g. "recourse.jobs.webhook-interval"
     * @param byDefault the interval when the setting is not set, e.g. "PT2S"
     * @param failure what the log says when a run fails, e.g. "Sending webhooks failed; the next run tries again"
     */
    protected IntervalJob(String timer, String setting, String byDefault, String failure) {
        this.timer = timer;
        this.setting = setting;
        this.byDefault = byDefault;
        this.failure = failure;
    }

    /** One run: whatever is due now. */
    protected abstract void runOnce();

    /** How loudly a failed run is logged: a warning, unless failing now and then is expected. */
    protected Level failureLevel() {
        return Level.WARNING;
    }

    @PostConstruct
    void schedule() {
        guard = new OneRunAtATime(Logger.getLogger(getClass().getName()), failureLevel(), failure);
        long millis = interval().toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig(timer, false));
    }

    Duration interval() {
        return Duration.parse(config.getOptionalValue(setting, String.class).orElse(byDefault));
    }

    @Timeout
    void run() {
        guard.run(this::runOnce);
    }
}
