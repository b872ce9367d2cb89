package org.recourse.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.recourse.platform.outbox.Backoff;

/**
 * How a failing delivery is retried: the wait doubles from {@code firstDelay} up to {@code maxDelay} (the
 * {@link Backoff} of every outbox), for as long as {@code giveUpAfter} from when the event happened (24 hours by
 * default: a platform down for a day still gets every event); then the delivery is dead until an admin retries it.
 */
public record WebhookRetryPolicy(Backoff backoff, Duration giveUpAfter) {

    public static final WebhookRetryPolicy DEFAULT = new WebhookRetryPolicy(Duration.ofSeconds(10),
            Duration.ofHours(1), Duration.ofHours(24));

    public WebhookRetryPolicy {
        Objects.requireNonNull(backoff, "The waits between attempts are required.");
        Objects.requireNonNull(giveUpAfter, "How long to keep trying is required.");
        if (giveUpAfter.isNegative() || giveUpAfter.isZero()) {
            throw new IllegalArgumentException("How long to keep trying must be positive.");
        }
    }

    public WebhookRetryPolicy(Duration firstDelay, Duration maxDelay, Duration giveUpAfter) {
        this(new Backoff(firstDelay, maxDelay), giveUpAfter);
    }

    /** The wait after the n-th failed attempt (n from 1). */
    public Duration delayAfter(int failedAttempts) {
        return backoff.delayAfter(failedAttempts);
    }

    /** When a delivery of an event made now gives up. */
    public Instant deadlineFor(Instant now) {
        return now.plus(giveUpAfter);
    }

    /** When to try again after the n-th failed attempt at {@code now}, or null if that is past the deadline. */
    Instant nextAttempt(Instant now, int failedAttempts, Instant deadline) {
        Instant next = now.plus(delayAfter(failedAttempts));
        return next.isBefore(deadline) ? next : null;
    }
}
