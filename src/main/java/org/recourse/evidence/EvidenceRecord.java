package org.recourse.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.recourse.cases.Category;
import org.recourse.platform.domain.IllegalTransitionException;

/**
 * An evidence record: what one removal or referral preserved, sealed under a data key of its own that the vault key
 * wraps. It is sealed once, may have its data key re-wrapped under a newer vault key (rotation), and is shredded once:
 * the wrapped key is destroyed (and the parts deleted by the vault), leaving this row as a tombstone with its manifest
 * hash, so that what was kept, and that it was destroyed, stays provable. Its id is bound into the encryption, so it
 * is given (from a sequence) before the record is built.
 */
@Entity
@Table(name = "evidence_record")
public class EvidenceRecord {

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "case_item_id", nullable = false)
    private long caseItemId;

    @Column(name = "content_item_id")
    private Long contentItemId;

    @Column(nullable = false, length = 48)
    private String category;

    @Column(name = "sealed_at", nullable = false)
    private Instant sealedAt;

    @Column(name = "sealed_by", nullable = false, length = 100)
    private String sealedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EvidenceStatus status;

    @Column(name = "vault_key_id", nullable = false, length = 32)
    private String vaultKeyId;

    @Column(name = "wrapped_key")
    private byte[] wrappedKey;

    @Column(name = "manifest_sha256", nullable = false, length = 64)
    private String manifestSha256;

    @Column(name = "shredded_at")
    private Instant shreddedAt;

    @Column(name = "shredded_by", length = 100)
    private String shreddedBy;

    @Column(name = "shredded_reason", length = 500)
    private String shreddedReason;

    protected EvidenceRecord() {
        // for JPA
    }

    /** A record sealed now: its id (from the sequence), what it is about, and its data key wrapped by the vault key. */
    public EvidenceRecord(long id, long caseId, long caseItemId, Long contentItemId, Category category,
            Instant sealedAt, String sealedBy, String vaultKeyId, byte[] wrappedKey, String manifestSha256) {
        this.id = id;
        this.caseId = caseId;
        this.caseItemId = caseItemId;
        this.contentItemId = contentItemId;
        this.category = Objects.requireNonNull(category, "A category is required.").code();
        this.sealedAt = Objects.requireNonNull(sealedAt, "A time is required.");
        this.sealedBy = Objects.requireNonNull(sealedBy, "Who sealed it is required.");
        this.vaultKeyId = Objects.requireNonNull(vaultKeyId, "The vault key's id is required.");
        this.wrappedKey = Objects.requireNonNull(wrappedKey, "The wrapped data key is required.").clone();
        this.manifestSha256 = requireHex64(manifestSha256);
        this.status = EvidenceStatus.SEALED;
    }

    /** Puts the data key under another vault key (rotation): the parts stay as they are. */
    public void rewrap(String newKeyId, byte[] newWrappedKey) {
        requireSealed("re-wrap");
        this.vaultKeyId = Objects.requireNonNull(newKeyId, "The vault key's id is required.");
        this.wrappedKey = Objects.requireNonNull(newWrappedKey, "The wrapped data key is required.").clone();
    }

    /**
     * Destroys the wrapped data key: from here on nothing can decrypt the parts, whatever copy of them survives. The
     * old bytes are overwritten in memory before the reference is dropped; the vault flushes this before deleting
     * the parts.
     */
    public void shred(String actor, String reason, Instant now) {
        if (!status.allowedNext().contains(EvidenceStatus.SHREDDED)) {
            throw new IllegalTransitionException("evidence record", status, EvidenceStatus.SHREDDED);
        }
        Objects.requireNonNull(actor, "Who shreds it is required.");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Shredding a record needs a reason.");
        }
        Arrays.fill(wrappedKey, (byte) 0);
        this.wrappedKey = null;
        this.status = EvidenceStatus.SHREDDED;
        this.shreddedAt = Objects.requireNonNull(now, "A time is required.");
        this.shreddedBy = actor;
        this.shreddedReason = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
    }

    private void requireSealed(String what) {
        if (status != EvidenceStatus.SEALED) {
            throw new IllegalStateException("Evidence record " + id + " is " + status + ": cannot " + what + " it.");
        }
    }

    private static String requireHex64(String hex) {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A manifest hash is 64 lower-case hex digits.");
        }
        return hex;
    }

    public long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long caseItemId() {
        return caseItemId;
    }

    public Long contentItemId() {
        return contentItemId;
    }

    /** The case's category code when sealed ({@code child_sexual_imagery}). */
    public String category() {
        return category;
    }

    public Instant sealedAt() {
        return sealedAt;
    }

    public String sealedBy() {
        return sealedBy;
    }

    public EvidenceStatus status() {
        return status;
    }

    public boolean isSealed() {
        return status == EvidenceStatus.SEALED;
    }

    public String vaultKeyId() {
        return vaultKeyId;
    }

    /** A copy of the wrapped data key; null once shredded. */
    public byte[] wrappedKey() {
        return wrappedKey == null ? null : wrappedKey.clone();
    }

    public String manifestSha256() {
        return manifestSha256;
    }

    public Instant shreddedAt() {
        return shreddedAt;
    }

    public String shreddedBy() {
        return shreddedBy;
    }

    public String shreddedReason() {
        return shreddedReason;
    }
}
