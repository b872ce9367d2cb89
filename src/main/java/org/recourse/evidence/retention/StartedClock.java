package org.recourse.evidence.retention;

import java.time.Instant;
import java.util.Objects;

/**
 * A jurisdiction's clock on one record: when the event that starts it happened, and the purge date the period in force
 * then gave.
 */
public record StartedClock(Jurisdiction jurisdiction, Instant startedAt, Instant purgeAfter) {

    public StartedClock {
        Objects.requireNonNull(jurisdiction, "A jurisdiction is required.");
        Objects.requireNonNull(startedAt, "A start is required.");
        Objects.requireNonNull(purgeAfter, "A purge date is required.");
    }
}
