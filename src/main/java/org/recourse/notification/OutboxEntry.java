package org.recourse.notification;

import java.io.Serializable;
import java.time.Instant;

/** One row of the admin page: who, what about, and how sending went. Never the body. */
public record OutboxEntry(long id, String recipient, String subject, OutboxStatus status, int attempts,
        Instant nextAttemptAt, String lastError, Instant createdAt) implements Serializable {

    public boolean dead() {
        return status == OutboxStatus.DEAD;
    }
}
