package org.recourse.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where one row of an outbox (a mail, a webhook delivery) stands on its way out, the same for every outbox: stored
 * pending and due; claimed by a dispatcher for one attempt (one more attempt counted, and not due again for the length
 * of the claim, so no other node takes it meanwhile and a node that died while sending leaves it to be retried); then
 * sent, or failed and due again later, or given up as dead; a dead one can be retried by an admin. When to try again
 * and when to give up is the owning outbox's rule, passed in as the next attempt's time.
 */
@Embeddable
public class DeliveryState {

    /** The longest failure reason kept; longer ones are cut with an ellipsis. */
    public static final int MAX_ERROR = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected DeliveryState() {
        // for JPA
    }

    /** Pending, and due from {@code at}. */
    public static DeliveryState dueFrom(Instant at) {
        DeliveryState state = new DeliveryState();
        state.status = OutboxStatus.PENDING;
        state.nextAttemptAt = Objects.requireNonNull(at, "A time is required.");
        return state;
    }

    public boolean isDue(Instant now) {
        return status == OutboxStatus.PENDING && !now.isBefore(nextAttemptAt);
    }

    /** A dispatcher takes it for one attempt; {@code what} names it in the error if it is not due. */
    public void claim(Instant now, Duration claimFor, String what) {
        if (!isDue(now)) {
            throw new IllegalStateException(what + " is not due.");
        }
        attempts++;
        nextAttemptAt = now.plus(claimFor);
    }

    /** The receiver accepted it. */
    public void sent(Instant now, String what) {
        moveTo(OutboxStatus.SENT, what);
        sentAt = Objects.requireNonNull(now, "A time is required.");
        lastError = null;
    }

    /**
     * The attempt failed for {@code reason}: due again at {@code next}, or given up as dead if {@code next} is null
     * (the owner's retry rule decides which).
     */
    public void failed(String reason, Instant next, String what) {
        if (status != OutboxStatus.PENDING) {
            throw new IllegalStateException(what + " is " + status + ", not pending.");
        }
        String text = reason == null || reason.isBlank() ? "unknown error" : reason.strip();
        lastError = text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
        if (next == null) {
            moveTo(OutboxStatus.DEAD, what);
        } else {
            nextAttemptAt = next;
        }
    }

    /** An admin sends a dead one again: due at once, with a fresh count of attempts. */
    public void retry(Instant now, String what) {
        moveTo(OutboxStatus.PENDING, what);
        attempts = 0;
        nextAttemptAt = Objects.requireNonNull(now, "A time is required.");
    }

    private void moveTo(OutboxStatus target, String what) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException(what + " cannot move from " + status + " to " + target + ".");
        }
        status = target;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
