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
import java.util.function.Consumer;
import javax.crypto.Mac;

/**
 * One audited action: who did what to which subject, and when. Each row carries the hash of the row before it and
 * its own hash over both, so editing or deleting any row breaks the chain from there on. The hash is an HMAC under
 * the chain's key ({@link ChainKey}), which the database does not hold; rows written before it was keyed used a plain
 * SHA-256 ({@link #unkeyedHash()}), and are sealed under the key once, at start ({@link ChainSealing}).
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
            String previousHash, Mac chain) {
        this.id = id;
        // Stored to the millisecond, so that the hash is over exactly what the database keeps.
        this.occurredAt = Objects.requireNonNull(occurredAt, "A time is required.").truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.actor = Objects.requireNonNull(actor, "An actor is required.");
        this.action = Objects.requireNonNull(action, "An action is required.");
        this.subject = subject;
        this.detail = detail;
        this.previousHash = Objects.requireNonNull(previousHash, "The previous hash is required.");
        this.hash = keyedHash(chain);
    }

    /**
     * HMAC-SHA256 under the chain's key over the previous hash and every field, each length-prefixed so that no two
     * rows can collide by shifting text from one field to the next.
     */
    String keyedHash(Mac chain) {
        chain.reset();
        fields(chain::update);
        return HexFormat.of().formatHex(chain.doFinal());
    }

    /** The plain SHA-256 rows had before the chain was keyed (anyone could recompute it): for sealing old rows. */
    String unkeyedHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            fields(digest::update);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private void fields(Consumer<byte[]> sink) {
        for (String field : new String[] {previousHash, Long.toString(id), occurredAt.toString(), actor, action,
                subject, detail}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            sink.accept((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            sink.accept(bytes);
        }
    }

    /** Links this row to a new previous hash and seals it under the key: when old rows are sealed, once. */
    void seal(String newPreviousHash, Mac chain) {
        this.previousHash = Objects.requireNonNull(newPreviousHash, "The previous hash is required.");
        this.hash = keyedHash(chain);
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
