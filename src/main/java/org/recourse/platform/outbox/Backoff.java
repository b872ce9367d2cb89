package org.recourse.platform.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * The waits between attempts of an outbox: {@code first} after the first failure, doubling after each one after
 * that, never longer than {@code longest}. When to give up is each outbox's own rule (a number of attempts for mail, a
 * deadline for webhooks).
 */
public record Backoff(Duration first, Duration longest) {

    public Backoff {
        Objects.requireNonNull(first, "The first delay is required.");
        Objects.requireNonNull(longest, "The longest delay is required.");
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("The first delay must be positive and no longer than the longest.");
        }
    }

    /** The wait after the n-th failed attempt (n from 1): first times 2^(n-1), capped at the longest. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("Attempts are counted from 1.");
        }
        int doublings = Math.min(failedAttempts - 1, 40);
        Duration delay = first;
        for (int i = 0; i < doublings && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }
}
