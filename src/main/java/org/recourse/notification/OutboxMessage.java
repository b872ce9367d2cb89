package org.recourse.notification;

import jakarta.persistence.Column;
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

/**
 * One outgoing message. It is stored pending and due at once; a dispatcher claims it (one more attempt, and not due
 * again for the length of the claim, so no other node takes it meanwhile), then records it as sent or failed. Each
 * failure waits longer, per the {@link RetryPolicy}, until the message is given up as dead; an admin may retry it.
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
    static final int MAX_ERROR = 200;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

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
        this.nextAttemptAt = now;
        this.status = OutboxStatus.PENDING;
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
        return status == OutboxStatus.PENDING && !now.isBefore(nextAttemptAt);
    }

    /**
     * A dispatcher takes the message for one attempt. It is not due again until the claim runs out, so that a node
     * that died while sending leaves it to be retried, and a healthy one has time to record the outcome first.
     */
    public void claim(Instant now, Duration claimFor) {
        if (!isDue(now)) {
            throw new IllegalStateException("Message " + id + " is not due.");
        }
        attempts++;
        nextAttemptAt = now.plus(claimFor);
    }

    /** The mail server accepted it. A reporter's mail keeps nothing of who it went to or what it said. */
    public void delivered(Instant now) {
        moveTo(OutboxStatus.SENT);
        sentAt = Objects.requireNonNull(now, "A time is required.");
        lastError = null;
        if (audience == Audience.REPORTER) {
            recipient = ERASED;
            subject = ERASED;
            body = "";
            unsubscribeUrl = null;
        }
    }

    /** The attempt failed: wait longer before the next one, or give up once the policy says so. */
    public void failed(Instant now, String reason, RetryPolicy policy) {
        if (status != OutboxStatus.PENDING) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not pending.");
        }
        lastError = shorten(reason == null || reason.isBlank() ? "unknown error" : reason.strip());
        if (policy.givesUpAfter(attempts)) {
            moveTo(OutboxStatus.DEAD);
        } else {
            nextAttemptAt = now.plus(policy.delayAfter(attempts));
        }
    }

    /** An admin sends a dead message again: it is due at once, with a fresh count of attempts. */
    public void retry(Instant now) {
        moveTo(OutboxStatus.PENDING);
        attempts = 0;
        nextAttemptAt = Objects.requireNonNull(now, "A time is required.");
    }

    private void moveTo(OutboxStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("An outbox message cannot move from " + status + " to " + target + ".");
        }
        status = target;
    }

    private static String shorten(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }

    public Long id() {
        return id;
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

    public OutboxStatus status() {
        return status;
    }

    public Audience audience() {
        return audience;
    }

    public String unsubscribeUrl() {
        return unsubscribeUrl;
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

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
