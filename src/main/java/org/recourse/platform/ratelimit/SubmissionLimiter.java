package org.recourse.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;

/**
 * Allows each client a number of submissions per window. Clients are counted by {@link ClientCounts}, which never
 * keeps an address or anything that could be matched back to one beyond the window.
 */
public final class SubmissionLimiter {

    /** The verdict on one submission; {@code retryAfter} is zero when it is allowed. */
    public record Decision(boolean allowed, Duration retryAfter) {
    }

    private final int limit;
    private final ClientCounts counts;

    public SubmissionLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive count and window.");
        }
        this.limit = limit;
        this.counts = new ClientCounts(window, clock);
    }

    public Decision tryAcquire(String clientAddress) {
        int count = counts.add(clientAddress);
        return count <= limit ? new Decision(true, Duration.ZERO) : new Decision(false, counts.untilForgotten());
    }

    /** How many clients are being counted now; for tests and metrics, never which. */
    public int trackedClients() {
        return counts.size();
    }

    /** Forgets the window once it has ended, even if nobody submits again: called by a timer. */
    public void forgetExpired() {
        counts.forgetExpired();
    }
}
