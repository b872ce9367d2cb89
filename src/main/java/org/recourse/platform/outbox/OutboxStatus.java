package org.recourse.platform.outbox;

import java.util.EnumSet;
import java.util.Set;

/** Where an outgoing mail or webhook delivery stands. Each status names the statuses it may move to. */
public enum OutboxStatus {
    /** Waiting for its next attempt (or being sent right now by a node that claimed it). */
    PENDING,
    /** Accepted by the receiver: the mail server, or the platform's webhook endpoint. */
    SENT,
    /** Every attempt failed; only an admin's retry sends it again. */
    DEAD;

    public Set<OutboxStatus> allowedNext() {
        return switch (this) {
            case PENDING -> EnumSet.of(SENT, DEAD);
            case DEAD -> EnumSet.of(PENDING);
            case SENT -> EnumSet.noneOf(OutboxStatus.class);
        };
    }

    public boolean canMoveTo(OutboxStatus target) {
        return allowedNext().contains(target);
    }
}
