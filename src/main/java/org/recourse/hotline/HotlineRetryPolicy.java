package org.recourse.hotline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.recourse.platform.outbox.Backoff;

/**
 * How a failing hotline report is retried: the outbox's doubling waits, for as long as {@code giveUpAfter} from when
 * it was queued (a day by default, NCMEC's own limit for an unfinished report); then it is dead until an admin retries
 * or retracts it.
 */
public record HotlineRetryPolicy(Backoff backoff, Duration giveUpAfter) {

    public HotlineRetryPolicy {
        Objects.requireNonNull(backoff, "The waits between attempts are required.");
        Objects.requireNonNull(giveUpAfter, "How long to keep trying is required.");
        if (giveUpAfter.isNegative() || giveUpAfter.isZero()) {
            throw new IllegalArgumentException("How long to keep trying must be positive.");
        }
    }

    public Instant deadlineFor(Instant now) {
        return now.plus(giveUpAfter);
    }

    /** When to try again after the n-th failed attempt at {@code now}, or null when that is past the deadline. */
    public Instant nextAttempt(Instant now, int failedAttempts, Instant deadline) {
        Instant next = now.plus(backoff.delayAfter(Math.max(1, failedAttempts)));
        return next.isBefore(deadline) ? next : null;
    }
}
