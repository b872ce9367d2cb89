package org.recourse.screening.bans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.recourse.cases.Category;

/**
 * One case's removal held against the account the platform named as its uploader, under a strike rule. At most one
 * per uploader and case (the database says so too): a re-decision, or a second item of the same case, adds none.
 */
@Entity
@Table(name = "uploader_strike")
public class UploaderStrike {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "uploader_id", nullable = false, length = 200)
    private String uploaderId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 48)
    private Category category;

    @Column(name = "struck_at", nullable = false)
    private Instant struckAt;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    /** When an appeal reversed the removal: the strike stays on record but no longer counts. */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_because", length = 200)
    private String withdrawnBecause;

    protected UploaderStrike() {
        // for JPA
    }

    UploaderStrike(String uploaderId, long caseId, Category category, String decidedBy, Instant now) {
        this.uploaderId = Objects.requireNonNull(uploaderId, "An uploader is required.");
        this.caseId = caseId;
        this.category = Objects.requireNonNull(category, "A category is required.");
        this.decidedBy = Objects.requireNonNull(decidedBy, "Who decided is required.");
        this.struckAt = Objects.requireNonNull(now, "A time is required.");
    }

    /**
     * The removal this strike holds against the uploader was reversed: it counts no more. Once; false if it was
     * withdrawn already.
     */
    boolean withdraw(String because, Instant now) {
        if (withdrawnAt != null) {
            return false;
        }
        String reason = Objects.requireNonNull(because, "Why is required.").strip();
        withdrawnBecause = reason.length() > 200 ? reason.substring(0, 200) : reason;
        withdrawnAt = Objects.requireNonNull(now, "A time is required.");
        return true;
    }

    public boolean counts() {
        return withdrawnAt == null;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnBecause() {
        return withdrawnBecause;
    }

    public Long id() {
        return id;
    }

    public String uploaderId() {
        return uploaderId;
    }

    public long caseId() {
        return caseId;
    }

    public Category category() {
        return category;
    }

    public Instant struckAt() {
        return struckAt;
    }

    public String decidedBy() {
        return decidedBy;
    }
}
