package org.recourse.appeals;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The appeal queue's clock, as the case SLA's: supervisors are told once when 80% of an appeal's time is used and once
 * when it is over. A warning not yet given when the time is over is folded into the breach: one mail that says the
 * worst. Only an appeal still waiting is watched; a decided one says nothing more.
 */
public final class AppealSla {

    /** What to tell now. */
    public enum Stage {
        NONE,
        /** 80% of the appeal's time is used. */
        WARNED,
        /** The appeal's time is over and it is not decided. */
        BREACHED
    }

    private AppealSla() {
    }

    /** When 80% of the time from {@code submittedAt} to {@code dueAt} is used. */
    public static Instant warnAt(Instant submittedAt, Instant dueAt) {
        Duration window = Duration.between(Objects.requireNonNull(submittedAt), Objects.requireNonNull(dueAt));
        return submittedAt.plus(window.multipliedBy(4).dividedBy(5));
    }

    /**
     * The stage due at {@code now} for a waiting appeal that was warned at {@code warnedAt} and told overdue at
     * {@code breachedAt} (each null until it happened).
     */
    public static Stage due(Instant submittedAt, Instant dueAt, Instant warnedAt, Instant breachedAt, Instant now) {
        if (breachedAt != null) {
            return Stage.NONE;
        }
        if (!now.isBefore(dueAt)) {
            return Stage.BREACHED;
        }
        if (warnedAt == null && !now.isBefore(warnAt(submittedAt, dueAt))) {
            return Stage.WARNED;
        }
        return Stage.NONE;
    }
}
