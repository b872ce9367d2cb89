package org.recourse.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;

/**
 * Allows each client a number of submissions per window. Clients are counted by {@link ClientCounts}, which never
 * keeps an address or anything that could be matched back to one beyond the window, and counts at most so many
 * clients: when that many are counted already, a new client is refused until the window ends, rather than the
 * table growing without bound under a flood from many addresses.
 */
public final class SubmissionLimiter {

    /** The verdict on one submission; {@code retryAfter} is zero when it is allowed. */
    public record Decision(boolean allowed, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        /** Nothing when allowed; otherwise the refusal, for the caller's channel to answer with 429. */
        public void orRefuse() {
            if (!allowed) {
                throw new TooManySubmissionsException(retryAfter);
            }
        }
    }

    private final int limit;
    private final ClientCounts counts;

    public SubmissionLimiter(int limit, Duration window, int maxClients, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive count and window.");
        }
        this.limit = limit;
        this.counts = new ClientCounts(window, clock, maxClients);
    }

    public Decision tryAcquire(ClientAddress client) {
        int count = counts.add(client);
        return count <= limit ? Decision.ALLOWED : new Decision(false, counts.untilForgotten());
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
