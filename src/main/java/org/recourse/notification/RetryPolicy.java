package org.recourse.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.recourse.platform.outbox.Backoff;

/**
 * How often and how long a mail is retried: the wait doubles from {@code firstDelay} after each failed attempt, up to
 * {@code maxDelay} (the {@link Backoff} of every outbox), and after {@code maxAttempts} failures the message is given
 * up (dead) until an admin retries.
 */
public record RetryPolicy(Backoff backoff, int maxAttempts) {

    /** 30 s, 1 min, 2 min, ... up to 1 h between attempts; 12 attempts span about six hours. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 12);

    public RetryPolicy {
        Objects.requireNonNull(backoff, "The waits between attempts are required.");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt is needed.");
        }
    }

    public RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {
        this(new Backoff(firstDelay, maxDelay), maxAttempts);
    }

    /** The wait after the n-th failed attempt (n from 1): first delay times 2^(n-1), capped at the longest delay. */
    public Duration delayAfter(int failedAttempts) {
        return backoff.delayAfter(failedAttempts);
    }

    /** When to try again after the n-th failed attempt at {@code now}, or null if the message is given up. */
    Instant nextAttempt(Instant now, int failedAttempts) {
        return givesUpAfter(failedAttempts) ? null : now.plus(delayAfter(failedAttempts));
    }

    /** Whether a message that has failed this many times is given up. */
    public boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
