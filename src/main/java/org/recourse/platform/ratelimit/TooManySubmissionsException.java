package org.recourse.platform.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * A client has sent as many submissions as it may in this window (or the limiter cannot count one more client).
 * Nothing was stored; each channel answers 429 with Retry-After, in words a person in distress can bear.
 */
public class TooManySubmissionsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManySubmissionsException(Duration retryAfter) {
        super("Too many submissions from this client for now", null, false, false);
        this.retryAfter = Objects.requireNonNull(retryAfter);
    }

    /** How long until the client may submit again: at least a second. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The same wait in whole seconds, for a Retry-After header. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }

    /** The same wait in whole minutes, at least one, for the words a person reads. */
    public long retryAfterMinutes() {
        return Math.max(1, retryAfter.toMinutes());
    }
}
