package org.recourse.screening;

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
import java.time.Instant;
import java.util.Objects;

/**
 * One hash in a bank, with where it came from (a case, an import, a survivor) and who added it. Entries are never
 * deleted, only disabled, so the audit trail of what was matched against stays whole.
 */
@Entity
@Table(name = "bank_entry")
public class BankEntry {

    static final int MAX_LABEL = 200;
    static final int MAX_SOURCE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_id")
    private HashBank bank;

    @Enumerated(EnumType.STRING)
    @Column(name = "hash_type", nullable = false, length = 8)
    private HashType hashType;

    @Column(name = "hash_value", nullable = false, length = 64)
    private String hashValue;

    @Column(length = MAX_LABEL)
    private String label;

    @Column(nullable = false, length = MAX_SOURCE)
    private String source;

    @Column(name = "case_reference", length = 20)
    private String caseReference;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "disabled_by", length = 64)
    private String disabledBy;

    protected BankEntry() {
        // for JPA
    }

    BankEntry(HashBank bank, HashType type, String value, String label, String source, String caseReference,
            String addedBy, Instant now) {
        this.bank = Objects.requireNonNull(bank, "A bank is required.");
        this.hashType = Objects.requireNonNull(type, "A hash type is required.");
        this.hashValue = type.canonical(value).orElseThrow(() -> new IllegalArgumentException("Not a " + type.code()
                + " hash."));
        this.label = shorten(label, MAX_LABEL);
        this.source = Objects.requireNonNull(shorten(source, MAX_SOURCE), "A source is required.");
        this.caseReference = caseReference;
        this.addedBy = Objects.requireNonNull(addedBy, "Who adds the entry is required.");
        this.addedAt = Objects.requireNonNull(now, "A time is required.");
    }

    private static String shorten(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    boolean disable(String actor, Instant now) {
        if (disabledAt != null) {
            return false;
        }
        disabledAt = now;
        disabledBy = actor;
        return true;
    }

    boolean enable() {
        if (disabledAt == null) {
            return false;
        }
        disabledAt = null;
        disabledBy = null;
        return true;
    }

    public boolean isActive() {
        return disabledAt == null;
    }

    public Long id() {
        return id;
    }

    public HashBank bank() {
        return bank;
    }

    public HashType hashType() {
        return hashType;
    }

    public String hashValue() {
        return hashValue;
    }

    public String label() {
        return label;
    }

    public String source() {
        return source;
    }

    public String caseReference() {
        return caseReference;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant disabledAt() {
        return disabledAt;
    }
}
