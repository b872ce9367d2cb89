package org.recourse.hotline.referral;

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
import org.recourse.evidence.RecordReported;

/** A record sent by hand (a referral package to a hotline, or police), as a person recorded it. Never changed. */
@Entity
@Table(name = "hotline_referral")
public class HotlineReferral {

    /** The longest reference of the recipient's kept. */
    public static final int MAX_REFERENCE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(nullable = false, length = 32)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RecordReported.Kind kind;

    @Column(name = "external_reference", length = MAX_REFERENCE)
    private String externalReference;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected HotlineReferral() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException with a message key, when the reference is too long or the time is in the future
     */
    public HotlineReferral(long recordId, long caseId, Recipient recipient, String externalReference, Instant sentAt,
            String recordedBy, Instant now) {
        Objects.requireNonNull(recipient, "A recipient is required.");
        Objects.requireNonNull(sentAt, "When it was sent is required.");
        String reference = externalReference == null || externalReference.isBlank() ? null : externalReference.strip();
        if (reference != null && reference.length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("hotline.referral.error.reference");
        }
        if (sentAt.isAfter(now)) {
            throw new IllegalArgumentException("hotline.referral.error.future");
        }
        this.recordId = recordId;
        this.caseId = caseId;
        this.recipient = recipient.code();
        this.kind = recipient.kind();
        this.externalReference = reference;
        this.sentAt = sentAt;
        this.recordedBy = Objects.requireNonNull(recordedBy, "Who recorded it is required.");
        this.recordedAt = now;
    }

    /** What the vault is told: the record went to someone outside. */
    public RecordReported event() {
        return new RecordReported(recordId, recipient, kind, externalReference, sentAt, recordedBy);
    }

    public Long id() {
        return id;
    }

    public long recordId() {
        return recordId;
    }

    public long caseId() {
        return caseId;
    }

    public Recipient recipient() {
        return Recipient.ofCode(recipient).orElse(Recipient.OTHER_HOTLINE);
    }

    public RecordReported.Kind kind() {
        return kind;
    }

    public String externalReference() {
        return externalReference;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
