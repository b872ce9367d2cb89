package org.recourse.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The legal deadline of a case that holds a valid removal request (US TAKE IT DOWN Act, in force since 2026-05-19):
 * the content must be down within 48 hours of the request. It runs beside the review SLA and never replaces it.
 * Supervisors are warned once when 80% of the time is used and once when it is over ({@link #mark}). A later
 * request on the same case never moves the deadline later: the first request's clock stands.
 */
@Embeddable
public class RemovalDeadline {

    /** The statute's window: not a setting, since no configuration may lengthen it. */
    public static final Duration WINDOW = Duration.ofHours(48);

    /** When to warn: 80% of {@link #WINDOW} (38 h 24 min). */
    static final Duration WARN_AFTER = WINDOW.multipliedBy(4).dividedBy(5);

    @Column(name = "legal_requested_at")
    private Instant requestedAt;

    @Column(name = "legal_due_at")
    private Instant dueAt;

    @Column(name = "legal_warn_at")
    private Instant warnAt;

    @Column(name = "legal_warned_at")
    private Instant warnedAt;

    @Column(name = "legal_breached_at")
    private Instant breachedAt;

    protected RemovalDeadline() {
        // for JPA
    }

    private RemovalDeadline(Instant requestedAt) {
        this.requestedAt = Objects.requireNonNull(requestedAt, "When the request was received is required.");
        this.dueAt = requestedAt.plus(WINDOW);
        this.warnAt = requestedAt.plus(WARN_AFTER);
    }

    /** The deadline of a request received at {@code requestedAt}. */
    public static RemovalDeadline from(Instant requestedAt) {
        return new RemovalDeadline(requestedAt);
    }

    /** The deadline that stands when another request arrives: the earlier one, with its marks. */
    RemovalDeadline withRequestAt(Instant another) {
        return another.isBefore(requestedAt) ? new RemovalDeadline(another) : this;
    }

    /**
     * Sets the mark due at {@code now}, once each: {@link Mark#BREACHED} when the deadline has passed (a warning
     * not yet given is then folded into it: one mail that says the worst), else {@link Mark#WARNED} at 80%.
     *
     * @return the mark set now, or {@link Mark#NONE}
     */
    public Mark mark(Instant now) {
        if (breachedAt == null && !now.isBefore(dueAt)) {
            breachedAt = now;
            if (warnedAt == null) {
                warnedAt = now;
            }
            return Mark.BREACHED;
        }
        if (warnedAt == null && breachedAt == null && !now.isBefore(warnAt)) {
            warnedAt = now;
            return Mark.WARNED;
        }
        return Mark.NONE;
    }

    /** Whether {@link #mark} would set something at {@code now}: asked without changing anything. */
    public boolean markDue(Instant now) {
        return (breachedAt == null && !now.isBefore(dueAt)) || (warnedAt == null && !now.isBefore(warnAt));
    }

    /** How much of the 48 hours is left at {@code now} (negative once passed). */
    public Duration left(Instant now) {
        return Duration.between(now, dueAt);
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant warnAt() {
        return warnAt;
    }

    public Instant warnedAt() {
        return warnedAt;
    }

    public Instant breachedAt() {
        return breachedAt;
    }

    /** What {@link #mark} set. */
    public enum Mark {
        NONE,
        /** 80% of the 48 hours is used: supervisors are warned. */
        WARNED,
        /** The 48 hours are over and the content is not yet decided: supervisors are told. */
        BREACHED
    }
}
