package org.recourse.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;

/**
 * Slows down a client that keeps failing (a look-up of a reference that does not exist, say): a few failures are
 * free, then each further attempt waits twice as long as the one before, up to a ceiling, until the window is
 * forgotten. Clients are counted by {@link ClientCounts}, so no address is kept, and at most so many: when the table
 * is full, a client it does not hold waits the longest delay, as a flood from many addresses would otherwise get
 * every address's free failures.
 */
public final class FailureThrottle {

    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final ClientCounts failures;

    public FailureThrottle(int freeFailures, Duration firstDelay, Duration maxDelay, Duration window, int maxClients,
            Clock clock) {
        if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("A throttle needs free failures >= 0 and 0 <= first delay <= max delay.");
        }
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.failures = new ClientCounts(window, clock, maxClients);
    }

    /** How long this client's next attempt should wait: zero until it has used up its free failures. */
    public Duration delayFor(ClientAddress client) {
        int count = failures.count(client);
        if (count == ClientCounts.FULL) {
            return maxDelay;
        }
        int beyond = count - freeFailures + 1;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        // first, 2 × first, 4 × first ... with the shift capped so the multiplication cannot overflow.
        Duration delay = firstDelay.multipliedBy(1L << Math.min(beyond - 1, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public void failed(ClientAddress client) {
        failures.add(client);
    }

    /** How many clients are being counted now; for tests and metrics, never which. */
    public int trackedClients() {
        return failures.size();
    }

    public void forgetExpired() {
        failures.forgetExpired();
    }
}
