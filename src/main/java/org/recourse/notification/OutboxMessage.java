package org.recourse.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.recourse.platform.outbox.DeliveryState;
import org.recourse.platform.outbox.OutboxStatus;

/**
 * One outgoing message. It is stored pending and due at once; a dispatcher claims it (one more attempt, and not due
 * again for the length of the claim, so no other node takes it meanwhile), then records it as sent or failed. Each
 * failure waits longer, per the {@link RetryPolicy}, until the message is given up as dead; an admin may retry it.
 * That way out is the {@link DeliveryState} every outbox shares; what is a mail's own is its text, its audience and
 * the erasure of a reporter's mail once sent.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** What kind of message this is; the dispatcher knows how to send each. */
    public enum Kind {
        MAIL
    }

    /** Who the mail is for. A reporter's mail is erased once sent, and its address is never shown to staff. */
    public enum Audience {
        STAFF, REPORTER
    }

    /** What a sent reporter's mail keeps of its address and text: nothing. */
    static final String ERASED = "(erased)";

    static final int MAX_SUBJECT = 200;
    static final int MAX_RECIPIENT = 254;
    static final int MAX_ERROR = DeliveryState.MAX_ERROR;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "dedupe_key", nullable = false, unique = true, length = DedupeKey.MAX_LENGTH)
    private String dedupeKey;

    @Column(nullable = false, length = MAX_RECIPIENT)
    private String recipient;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Embedded
    private DeliveryState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Audience audience = Audience.STAFF;

    @Column(name = "unsubscribe_url", length = 500)
    private String unsubscribeUrl;

    protected OutboxMessage() {
        // for JPA
    }

    private OutboxMessage(Kind kind, DedupeKey key, String recipient, String subject, String body, Instant now) {
        this.kind = Objects.requireNonNull(kind, "A kind is required.");
        this.dedupeKey = Objects.requireNonNull(key, "A dedupe key is required.").value();
        this.recipient = requireText(recipient, MAX_RECIPIENT, "A recipient");
        this.subject = requireText(subject, MAX_SUBJECT, "A subject");
        this.body = Objects.requireNonNull(body, "A body is required.");
        this.createdAt = Objects.requireNonNull(now, "A time is required.");
        this.state = DeliveryState.dueFrom(now);
    }

    /** A mail to staff, to send as soon as the dispatcher next runs. */
    public static OutboxMessage mail(DedupeKey key, String recipient, String subject, String body, Instant now) {
        return new OutboxMessage(Kind.MAIL, key, recipient, subject, body, now);
    }

    /**
     * A mail to a reporter, with the one-click address that withdraws their consent (RFC 8058). Its address, text
     * and link are erased as soon as it is sent.
     */
    public static OutboxMessage reporterMail(DedupeKey key, String recipient, String subject, String body,
            String unsubscribeUrl, Instant now) {
        OutboxMessage message = new OutboxMessage(Kind.MAIL, key, recipient, subject, body, now);
        message.audience = Audience.REPORTER;
        message.unsubscribeUrl = requireText(unsubscribeUrl, 500, "An unsubscribe address");
        return message;
    }

    private static String requireText(String value, int max, String what) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(what + " of 1 to " + max + " characters is required.");
        }
        return value;
    }

    public boolean isDue(Instant now) {
        return state.isDue(now);
    }

    /**
     * A dispatcher takes the message for one attempt. It is not due again until the claim runs out, so that a node
     * that died while sending leaves it to be retried, and a healthy one has time to record the outcome first.
     */
    public void claim(Instant now, Duration claimFor) {
        state.claim(now, claimFor, what());
    }

    /** The mail server accepted it. A reporter's mail keeps nothing of who it went to or what it said. */
    public void delivered(Instant now) {
        state.sent(now, what());
        if (audience == Audience.REPORTER) {
            recipient = ERASED;
            subject = ERASED;
            body = "";
            unsubscribeUrl = null;
        }
    }

    /** The attempt failed: wait longer before the next one, or give up once the policy says so. */
    public void failed(Instant now, String reason, RetryPolicy policy) {
        state.failed(reason, policy.nextAttempt(now, state.attempts()), what());
    }

    /** An admin sends a dead message again: it is due at once, with a fresh count of attempts. */
    public void retry(Instant now) {
        state.retry(now, what());
    }

    /** How errors name this message. */
    private String what() {
        return "Message " + id;
    }

    public Long id() {
        return id;
    }

    /** Where it stands on its way out: status, attempts, next attempt, last error, time sent. */
    public DeliveryState state() {
        return state;
    }

    public Kind kind() {
        return kind;
    }

    public DedupeKey dedupeKey() {
        return new DedupeKey(dedupeKey);
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Audience audience() {
        return audience;
    }

    public String unsubscribeUrl() {
        return unsubscribeUrl;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
