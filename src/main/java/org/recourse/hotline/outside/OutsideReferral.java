package org.recourse.hotline.outside;

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

/**
 * One outside address referred to a hotline, the police or its host: to whom, when, their reference, who recorded it.
 * Kept on the address's case ({@code outside_referral}); never edited, a correction is a new referral.
 */
@Entity
@Table(name = "outside_referral")
public class OutsideReferral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_item_id", nullable = false)
    private Long caseItemId;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Recipient recipient;

    @Column(name = "recipient_name", length = 200)
    private String recipientName;

    @Column(name = "referred_on", nullable = false)
    private Instant referredOn;

    @Column(name = "their_reference", length = 100)
    private String theirReference;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OutsideReferral() {
        // for JPA
    }

    OutsideReferral(long caseItemId, long caseId, Referral referral, String recordedBy, Instant recordedAt) {
        this.caseItemId = caseItemId;
        this.caseId = caseId;
        this.recipient = Objects.requireNonNull(referral.recipient(), "A recipient is required.");
        this.recipientName = referral.recipientName();
        this.referredOn = Objects.requireNonNull(referral.referredOn(), "A time is required.");
        this.theirReference = referral.theirReference();
        this.recordedBy = Objects.requireNonNull(recordedBy, "Who recorded it is required.");
        this.recordedAt = Objects.requireNonNull(recordedAt, "A time is required.");
    }

    public long id() {
        return id;
    }

    public long caseItemId() {
        return caseItemId;
    }

    public long caseId() {
        return caseId;
    }

    public Recipient recipient() {
        return recipient;
    }

    public String recipientName() {
        return recipientName;
    }

    public Instant referredOn() {
        return referredOn;
    }

    public String theirReference() {
        return theirReference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
