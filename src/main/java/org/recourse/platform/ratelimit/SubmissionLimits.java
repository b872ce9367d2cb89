package org.recourse.platform.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The node's one {@link SubmissionLimiter}, and the timer that makes it forget each window on time. Each node
 * counts on its own: the limit is a brake on floods, not an exact quota, and nothing about clients is shared.
 */
@Startup
@Singleton
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class SubmissionLimits {

    @Inject
    @ConfigProperty(name = "recourse.rate-limit.reports", defaultValue = "30")
    int limit;

    @Inject
    @ConfigProperty(name = "recourse.rate-limit.window", defaultValue = "PT1H")
    String window;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    private SubmissionLimiter limiter;

    @PostConstruct
    void start() {
        limiter = new SubmissionLimiter(limit, Duration.parse(window), clock);
        timers.createIntervalTimer(60_000, 60_000, new TimerConfig("rate-limit-forget", false));
    }

    public SubmissionLimiter.Decision tryAcquire(String clientAddress) {
        return limiter.tryAcquire(clientAddress);
    }

    @Timeout
    void forget() {
        limiter.forgetExpired();
    }
}
