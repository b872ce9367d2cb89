package org.recourse.notification;

import java.io.Serializable;
import java.time.Instant;
import org.recourse.platform.outbox.OutboxStatus;

/**
 * One row of the admin page: who, what about, and how sending went. Never the body; the recipient is null for a
 * mail to a reporter, whose address staff do not see here.
 */
public record OutboxEntry(long id, String recipient, String subject, OutboxStatus status, int attempts,
        Instant nextAttemptAt, String lastError, Instant createdAt) implements Serializable {

    public boolean toReporter() {
        return recipient == null;
    }

    public boolean dead() {
        return status == OutboxStatus.DEAD;
    }
}
