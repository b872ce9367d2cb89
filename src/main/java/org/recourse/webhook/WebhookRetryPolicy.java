package org.recourse.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a failing delivery is retried: the wait doubles from {@code firstDelay} up to {@code maxDelay}, for as long as
 * {@code giveUpAfter} from when the event happened (24 hours by default: a platform down for a day still gets every
 * event); then the delivery is dead until an admin retries it.
 */
public record WebhookRetryPolicy(Duration firstDelay, Duration maxDelay, Duration giveUpAfter) {

    public static final WebhookRetryPolicy DEFAULT = new WebhookRetryPolicy(Duration.ofSeconds(10),
            Duration.ofHours(1), Duration.ofHours(24));

    public WebhookRetryPolicy {
        Objects.requireNonNull(firstDelay, "The first delay is required.");
        Objects.requireNonNull(maxDelay, "The longest delay is required.");
        Objects.requireNonNull(giveUpAfter, "How long to keep trying is required.");
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0
                || giveUpAfter.isNegative() || giveUpAfter.isZero()) {
            throw new IllegalArgumentException("Delays must be positive, the first no longer than the longest.");
        }
    }

    /** The wait after the n-th failed attempt (n from 1). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("Attempts are counted from 1.");
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
    }

    /** When a delivery of an event made now gives up. */
    public Instant deadlineFor(Instant now) {
        return now.plus(giveUpAfter);
    }
}
