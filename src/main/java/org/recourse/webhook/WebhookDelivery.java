package org.recourse.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import org.recourse.platform.outbox.DeliveryState;
import org.recourse.platform.outbox.OutboxStatus;

/**
 * One event for one endpoint. Stored pending in the transaction of the change it tells of; claimed by a dispatcher
 * (its next attempt moves past the time sending can take, so no other node takes it meanwhile); then sent, or
 * failed with a longer wait each time until its deadline, after which it is dead until an admin retries it. The event
 * id stays the same through every attempt: it is the receiver's idempotency key. That way out is the
 * {@link DeliveryState} every outbox shares; what is a delivery's own is its event, its deadline and the HTTP status
 * of its last attempt.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    static final int MAX_ERROR = DeliveryState.MAX_ERROR;

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

    @Embedded
    private DeliveryState state;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;


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
        this.state = DeliveryState.dueFrom(event.at());
        this.deadlineAt = Objects.requireNonNull(deadline, "A deadline is required.");
    }

    void claim(Instant now, Duration claimFor) {
        state.claim(now, claimFor, what());
    }

    void delivered(Instant now, int httpStatus) {
        state.sent(now, what());
        lastStatus = httpStatus;
    }

    /** A failed attempt: wait longer, or give up once the deadline has passed. */
    void failed(Instant now, Integer httpStatus, String reason, WebhookRetryPolicy policy) {
        state.failed(reason, policy.nextAttempt(now, state.attempts(), deadlineAt), what());
        lastStatus = httpStatus;
    }

    /** An admin sends a dead delivery again: due at once, with a fresh day of retries. */
    void retry(Instant now, WebhookRetryPolicy policy) {
        state.retry(now, what());
        deadlineAt = policy.deadlineFor(now);
    }

    /** How errors name this delivery. */
    private String what() {
        return "Delivery " + id;
    }

    public Long id() {
        return id;
    }

    /** Where it stands on its way out: status, attempts, next attempt, last error, time sent. */
    public DeliveryState state() {
        return state;
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

    public Instant deadlineAt() {
        return deadlineAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
