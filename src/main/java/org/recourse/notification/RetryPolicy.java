package org.recourse.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long a message is retried: the wait doubles from {@code firstDelay} after each failed attempt,
 * up to {@code maxDelay}, and after {@code maxAttempts} failures the message is given up (dead) until an admin retries.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    /** 30 s, 1 min, 2 min, ... up to 1 h between attempts; 12 attempts span about six hours. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 12);

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "The first delay is required.");
        Objects.requireNonNull(maxDelay, "The longest delay is required.");
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("The first delay must be positive and no longer than the longest.");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt is needed.");
        }
    }

    /** The wait after the n-th failed attempt (n from 1): first delay times 2^(n-1), capped at the longest delay. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("Attempts are counted from 1.");
        }
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether a message that has failed this many times is given up. */
    public boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
