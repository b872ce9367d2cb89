package org.recourse.workforce;

import java.time.Instant;
import java.util.Objects;

/**
 * One revealed item on a reviewer's screen: from the reveal until it was covered again (blurred, decided, the case
 * left), and never past the moment the reveal would have ended by itself ({@code recourse.review.reveal-for}): a
 * reveal nobody covered counts its whole window, the most it can have been on screen without the page asking again.
 */
public record ExposureSpan(Instant revealedAt, Instant revealEnds, Instant coveredAt) {

    public ExposureSpan {
        Objects.requireNonNull(revealedAt, "When the item was revealed is required.");
        Objects.requireNonNull(revealEnds, "When the reveal ends is required.");
        if (revealEnds.isBefore(revealedAt)) {
            throw new IllegalArgumentException("A reveal cannot end before it starts.");
        }
    }

    /** When the item left the screen, as far as the server knows at {@code now}. */
    public Instant end(Instant now) {
        Instant end = coveredAt == null || coveredAt.isAfter(revealEnds) ? revealEnds : coveredAt;
        if (end.isBefore(revealedAt)) {
            end = revealedAt;
        }
        return end.isAfter(now) ? (now.isBefore(revealedAt) ? revealedAt : now) : end;
    }
}
