package org.recourse.screening.banks;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a bank entry stands in review, which decides what a match with it does. Entries staff put in (a removal, an
 * import, a hash added by hand) are confirmed from the start; a survivor's submitted hash is not, because anyone can
 * send the hash of any picture: until a reviewer has looked at an upload it caught, it only holds.
 */
public enum EntryState {
    /** A survivor's hash nobody has confirmed: a matching upload is held (not published) and reported for review. */
    UNCONFIRMED,
    /**
     * Unconfirmed and flooded (too many matching uploads in an hour): matches are still held, but no new case is
     * opened for them, and supervisors were told. A decision on a case it caught earlier settles it.
     */
    QUARANTINED,
    /** A reviewer removed (or referred) an upload it caught, or staff put it in: a match blocks. */
    CONFIRMED,
    /** A reviewer restored an upload it caught: it never matches again, and the entry keeps who decided and why. */
    REJECTED;

    /** The moves a reviewer's decision, the flood guard or a supervisor may make. */
    public Set<EntryState> allowedNext() {
        return switch (this) {
            case UNCONFIRMED -> EnumSet.of(QUARANTINED, CONFIRMED, REJECTED);
            case QUARANTINED -> EnumSet.of(CONFIRMED, REJECTED);
            // Only a supervisor, looking at the same hash submitted again, puts a rejected hash back in review.
            case REJECTED -> EnumSet.of(UNCONFIRMED);
            case CONFIRMED -> EnumSet.noneOf(EntryState.class);
        };
    }

    public boolean canMoveTo(EntryState next) {
        return allowedNext().contains(next);
    }

    /** Whether a reviewer's decision on an upload it caught still settles it. */
    public boolean awaitsReview() {
        return this == UNCONFIRMED || this == QUARANTINED;
    }

    /** What a match with an active entry in this state does. */
    public Effect effect() {
        return switch (this) {
            case UNCONFIRMED -> Effect.HOLD;
            case QUARANTINED -> Effect.HOLD_WITHOUT_CASE;
            case CONFIRMED -> Effect.BLOCK;
            case REJECTED -> Effect.NONE;
        };
    }

    /** What a match does to an upload. */
    public enum Effect {
        /** Refused and reported. */
        BLOCK,
        /** Not published; registered hidden and reported for review. */
        HOLD,
        /** Not published; not reported again (the entry is quarantined). */
        HOLD_WITHOUT_CASE,
        /** Nothing: the entry does not match. */
        NONE
    }
}
