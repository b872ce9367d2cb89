package org.recourse.evidence.retention;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Where a record stands with retention, for the record list and the holds page.
 *
 * @param state kept, running, purge due or held
 * @param purgeAfter when every applicable clock has run out (null while one has not started, or none applies)
 * @param waitingFor the applicable jurisdictions whose clock has not started yet
 * @param holds the active legal holds on the record
 */
public record RetentionStatus(State state, Instant purgeAfter, Set<Jurisdiction> waitingFor, int holds) {

    /** The four answers. */
    public enum State {
        /** No clock runs out: no law applies, or an applicable clock has not started. Kept until a person decides. */
        KEPT,
        /** Every applicable clock has started; the last runs out at {@code purgeAfter}. */
        RUNNING,
        /** Every applicable clock has run out and nothing holds the record: the next purge shreds it. */
        PURGE_DUE,
        /** At least one legal hold: never purged while it lasts, whatever the clocks say. */
        HELD;

        /** The message key that says it in words. */
        public String messageKey() {
            return "evidence.retention.state." + name();
        }
    }

    public RetentionStatus {
        Objects.requireNonNull(state, "A state is required.");
        waitingFor = Set.copyOf(waitingFor);
        if (holds < 0) {
            throw new IllegalArgumentException("Holds cannot be negative.");
        }
    }

    /** Whether the purge may shred the record now. */
    public boolean purgeDue() {
        return state == State.PURGE_DUE;
    }
}
