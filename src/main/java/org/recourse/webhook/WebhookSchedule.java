package org.recourse.webhook;

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
 * Runs the {@link WebhookDispatcher} on a timer on every node. Nodes share the work through the claims
 * ({@code skip locked}), never by luck; a run that is still busy when the timer fires again is not doubled.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSchedule {

    private static final Logger LOG = Logger.getLogger(WebhookSchedule.class.getName());

    @Inject
    @ConfigProperty(name = "recourse.jobs.webhook-interval", defaultValue = "PT2S")
    String interval;

    @Inject
    WebhookDispatcher dispatcher;

    @Resource
    TimerService timers;

    private final OneRunAtATime guard = new OneRunAtATime(LOG, "Sending webhooks failed; the next run tries again");

    @PostConstruct
    void start() {
        long every = Duration.parse(interval).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("webhook-dispatch", false));
    }

    @Timeout
    void run() {
        guard.run(dispatcher::dispatchDue);
    }
}
