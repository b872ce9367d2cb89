package org.recourse.webhook;

import java.time.Instant;

/** A delivery a dispatcher has claimed for one attempt: what it needs to send it, outside any transaction. */
public record ClaimedDelivery(long id, String url, String secret, String eventId, String eventType, String payload,
        Instant createdAt) {
}
