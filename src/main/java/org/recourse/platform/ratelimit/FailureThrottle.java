package org.recourse.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;

/**
 * Slows down a client that keeps failing (a look-up of a reference that does not exist, say): a few failures are
 * free, then each further attempt waits twice as long as the one before, up to a ceiling, until the window is
 * forgotten. Clients are counted by {@link ClientCounts}, so no address is kept.
 */
public final class FailureThrottle {

    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final ClientCounts failures;

    public FailureThrottle(int freeFailures, Duration firstDelay, Duration maxDelay, Duration window, Clock clock) {
        if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("A throttle needs free failures >= 0 and 0 <= first delay <= max delay.");
        }
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.failures = new ClientCounts(window, clock);
    }

    /** How long this client's next attempt should wait: zero until it has used up its free failures. */
    public Duration delayFor(String clientAddress) {
        int beyond = failures.count(clientAddress) - freeFailures + 1;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        // first, 2 × first, 4 × first ... with the shift capped so the multiplication cannot overflow.
        Duration delay = firstDelay.multipliedBy(1L << Math.min(beyond - 1, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public void failed(String clientAddress) {
        failures.add(clientAddress);
    }

    public void forgetExpired() {
        failures.forgetExpired();
    }
}
