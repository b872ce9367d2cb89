package org.recourse.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.platform.jobs.OneRunAtATime;

/**
 * Runs the dispatcher every {@code recourse.jobs.outbox-interval} (10 s by default) on every node. The timer is not
 * persistent: each node makes its own at start, and the claims keep nodes from sending the same mail.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSchedule {

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    @ConfigProperty(name = "recourse.jobs.outbox-interval", defaultValue = "PT10S")
    String interval;

    /** A run that outlasts the interval is not joined by the next one on the same node. */
    private final OneRunAtATime guard = new OneRunAtATime(LOG, "Sending the outbox failed; the next run tries again");

    @PostConstruct
    void schedule() {
        long millis = Duration.parse(interval).toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig("outbox-dispatch", false));
    }

    @Timeout
    void run() {
        // The database may be away for a moment; every claim and outcome is committed, so the next run resumes.
        guard.run(dispatcher::dispatchDue);
    }
}
