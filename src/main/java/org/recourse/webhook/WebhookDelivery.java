package org.recourse.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.recourse.notification.OutboxStatus;

/**
 * One event for one endpoint. Stored pending in the transaction of the change it tells of; claimed by a dispatcher
 * (its next attempt moves past the time sending can take, so no other node takes it meanwhile); then sent, or
 * failed with a longer wait each time until its deadline, after which it is dead until an admin retries it. The event
 * id stays the same through every attempt: it is the receiver's idempotency key.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    static final int MAX_ERROR = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "endpoint_id")
    private WebhookEndpoint endpoint;

    @Column(name = "event_id", nullable = false, length = 40)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    /** Events with the same key are delivered one after the other, in the order they happened. */
    @Column(name = "ordering_key", nullable = false, length = 220)
    private String orderingKey;

    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected WebhookDelivery() {
        // for JPA
    }

    WebhookDelivery(WebhookEndpoint endpoint, WebhookEvent event, Instant deadline) {
        this.endpoint = Objects.requireNonNull(endpoint, "An endpoint is required.");
        this.eventId = event.id();
        this.eventType = event.type();
        this.orderingKey = event.orderingKey();
        this.payload = event.json();
        this.createdAt = event.at();
        this.nextAttemptAt = event.at();
        this.deadlineAt = Objects.requireNonNull(deadline, "A deadline is required.");
        this.status = OutboxStatus.PENDING;
    }

    void claim(Instant now, Duration claimFor) {
        if (status != OutboxStatus.PENDING || now.isBefore(nextAttemptAt)) {
            throw new IllegalStateException("Delivery " + id + " is not due.");
        }
        attempts++;
        nextAttemptAt = now.plus(claimFor);
    }

    void delivered(Instant now, int httpStatus) {
        moveTo(OutboxStatus.SENT);
        sentAt = now;
        lastStatus = httpStatus;
        lastError = null;
    }

    /** A failed attempt: wait longer, or give up once the deadline has passed. */
    void failed(Instant now, Integer httpStatus, String reason, WebhookRetryPolicy policy) {
        if (status != OutboxStatus.PENDING) {
            throw new IllegalStateException("Delivery " + id + " is " + status + ", not pending.");
        }
        lastStatus = httpStatus;
        String text = reason == null || reason.isBlank() ? "unknown error" : reason.strip();
        lastError = text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
        Instant next = now.plus(policy.delayAfter(attempts));
        if (!next.isBefore(deadlineAt)) {
            moveTo(OutboxStatus.DEAD);
        } else {
            nextAttemptAt = next;
        }
    }

    /** An admin sends a dead delivery again: due at once, with a fresh day of retries. */
    void retry(Instant now, WebhookRetryPolicy policy) {
        moveTo(OutboxStatus.PENDING);
        attempts = 0;
        nextAttemptAt = now;
        deadlineAt = policy.deadlineFor(now);
    }

    private void moveTo(OutboxStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("A delivery cannot move from " + status + " to " + target + ".");
        }
        status = target;
    }

    public Long id() {
        return id;
    }

    public WebhookEndpoint endpoint() {
        return endpoint;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String orderingKey() {
        return orderingKey;
    }

    public String payload() {
        return payload;
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

    public Instant deadlineAt() {
        return deadlineAt;
    }

    public String lastError() {
        return lastError;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
