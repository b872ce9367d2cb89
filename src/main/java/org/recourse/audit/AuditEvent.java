package org.recourse.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One audited action: who did what to which subject, and when. Each row carries the hash of the row before it and
 * its own hash over both, so editing or deleting any row breaks the chain from there on.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The previous hash of the very first row. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(length = 200)
    private String subject;

    @Column(length = 2000)
    private String detail;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(long id, Instant occurredAt, String actor, String action, String subject, String detail,
            String previousHash) {
        this.id = id;
        // Stored to the millisecond, so that the hash is over exactly what the database keeps.
        this.occurredAt = Objects.requireNonNull(occurredAt, "A time is required.").truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.actor = Objects.requireNonNull(actor, "An actor is required.");
        this.action = Objects.requireNonNull(action, "An action is required.");
        this.subject = subject;
        this.detail = detail;
        this.previousHash = Objects.requireNonNull(previousHash, "The previous hash is required.");
        this.hash = computeHash();
    }

    /** SHA-256 over the previous hash and every field, each length-prefixed so no two rows can collide by shifting. */
    public String computeHash() {
        return hash(previousHash, Long.toString(id), occurredAt.toString(), actor, action, subject, detail);
    }

    static String hash(String... fields) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String field : fields) {
                byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
                digest.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
