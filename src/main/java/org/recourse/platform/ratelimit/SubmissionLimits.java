package org.recourse.platform.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The node's one {@link SubmissionLimiter}, and the timer that makes it forget each window on time. The services that
 * store reports and survivors' submissions ask it first, whatever door the submission came through. Each node counts
 * on its own: the limit is a brake on floods, not an exact quota, and nothing about clients is shared.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubmissionLimits {

    @Inject
    @ConfigProperty(name = "recourse.rate-limit.reports", defaultValue = "30")
    int limit;

    @Inject
    @ConfigProperty(name = "recourse.rate-limit.window", defaultValue = "PT1H")
    String window;

    @Inject
    @ConfigProperty(name = "recourse.rate-limit.max-clients", defaultValue = "100000")
    int maxClients;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    private SubmissionLimiter limiter;

    @PostConstruct
    void start() {
        limiter = new SubmissionLimiter(limit, Duration.parse(window), maxClients, clock);
        timers.createIntervalTimer(60_000, 60_000, new TimerConfig("rate-limit-forget", false));
    }

    /**
     * Counts one submission: allowed or not for a client, always allowed for the portal's own. Returns the decision
     * rather than throwing: an exception leaving an EJB would reach the caller wrapped.
     */
    public SubmissionLimiter.Decision count(Submitter submitter) {
        if (submitter instanceof Submitter.Client client) {
            return limiter.tryAcquire(client.address());
        }
        return SubmissionLimiter.Decision.ALLOWED;
    }

    @Timeout
    void forget() {
        limiter.forgetExpired();
    }
}
