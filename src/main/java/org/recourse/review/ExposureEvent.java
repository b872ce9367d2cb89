package org.recourse.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A revealed item came on or went off a reviewer's screen, fired by the case page: revealed (until
 * {@code revealEnds}, when it blurs by itself), blurred again, decided, or the case left (every item of the
 * reviewer's, {@code itemId} null). Observed by the workforce feature to count each reviewer's exposure; review
 * does not import it.
 */
public record ExposureEvent(Kind kind, String username, Long itemId, Instant at, Instant revealEnds) {

    /** Why the item came on or went off the screen. */
    public enum Kind {
        REVEALED, BLURRED, DECIDED, LEFT
    }

    public ExposureEvent {
        Objects.requireNonNull(kind, "A kind is required.");
        Objects.requireNonNull(username, "A reviewer is required.");
        Objects.requireNonNull(at, "A time is required.");
        if (kind == Kind.REVEALED && (itemId == null || revealEnds == null)) {
            throw new IllegalArgumentException("A reveal names its item and when it ends.");
        }
    }

    public static ExposureEvent revealed(String username, long itemId, Instant at, Instant revealEnds) {
        return new ExposureEvent(Kind.REVEALED, username, itemId, at, revealEnds);
    }

    public static ExposureEvent covered(Kind kind, String username, Long itemId, Instant at) {
        return new ExposureEvent(kind, username, itemId, at, null);
    }
}
