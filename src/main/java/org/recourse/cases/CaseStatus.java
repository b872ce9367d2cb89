package org.recourse.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. Each status names the statuses it may move to; {@link Case#moveTo} refuses any other move.
 */
public enum CaseStatus {
    /** Reported and waiting for a moderator; its content is hidden. */
    OPEN,
    /** Claimed by a moderator. */
    IN_REVIEW,
    /** Handed to a supervisor. */
    ESCALATED,
    /** Every item is decided. */
    CLOSED;

    public Set<CaseStatus> allowedNext() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_REVIEW, ESCALATED);
            case IN_REVIEW -> EnumSet.of(OPEN, ESCALATED, CLOSED);
            case ESCALATED -> EnumSet.of(IN_REVIEW, CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return allowedNext().contains(target);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** Whether only a supervisor may claim, hold or decide a case in this status (see {@link Case#permits}). */
    public boolean supervisorsOnly() {
        return this == ESCALATED;
    }
}
