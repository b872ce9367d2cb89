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
