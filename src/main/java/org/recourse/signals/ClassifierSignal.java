package org.recourse.signals;

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
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One signal a classifier sent about a registered item, and what it did: held the item on a case (the case and its
 * item are kept, so that the reviewer's decision settles the signal's {@link SignalOutcome}), or recorded only. Made
 * once and settled once; nothing else changes it.
 */
@Entity
@Table(name = "classifier_signal")
public class ClassifierSignal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_item_id", nullable = false)
    private long contentItemId;

    @Column(name = "platform_signal_id", length = 100)
    private String platformSignalId;

    @Column(name = "natural_key", nullable = false, length = 64)
    private String naturalKey;

    @Column(nullable = false, length = 64)
    private String classifier;

    @Column(name = "classifier_version", nullable = false, length = 64)
    private String classifierVersion;

    @Column(nullable = false, length = 64)
    private String label;

    @Column(nullable = false)
    private double score;

    private Double threshold;

    @Column(nullable = false)
    private boolean held;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_item_id")
    private Long caseItemId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 100)
    private String receivedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private SignalOutcome outcome;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ClassifierSignal() {
        // for JPA
    }

    /** A signal as received, before the policy is applied; {@link #heldOn} or nothing follows. */
    public ClassifierSignal(long contentItemId, SignalSubmission signal, String naturalKey, OptionalDouble threshold,
            Instant receivedAt, String receivedBy) {
        this.contentItemId = contentItemId;
        this.platformSignalId = signal.signalId();
        this.naturalKey = Objects.requireNonNull(naturalKey, "A natural key is required.");
        this.classifier = signal.classifier();
        this.classifierVersion = signal.classifierVersion();
        this.label = signal.label();
        this.score = signal.score();
        this.threshold = threshold.isPresent() ? threshold.getAsDouble() : null;
        this.receivedAt = Objects.requireNonNull(receivedAt, "A time is required.");
        this.receivedBy = Objects.requireNonNull(receivedBy, "Who sent it is required.");
    }

    /** The item was held for review on this case's item. */
    public void heldOn(long caseId, long caseItemId) {
        this.held = true;
        this.caseId = caseId;
        this.caseItemId = caseItemId;
    }

    /** Whether these are the details this signal was received with (its id sent again with the same body). */
    public boolean sameAs(long itemId, SignalSubmission other) {
        return contentItemId == itemId && classifier.equals(other.classifier())
                && classifierVersion.equals(other.classifierVersion()) && label.equals(other.label())
                && Double.compare(score, other.score()) == 0;
    }

    public Long id() {
        return id;
    }

    public long contentItemId() {
        return contentItemId;
    }

    public String platformSignalId() {
        return platformSignalId;
    }

    public String classifier() {
        return classifier;
    }

    public String classifierVersion() {
        return classifierVersion;
    }

    public String label() {
        return label;
    }

    public double score() {
        return score;
    }

    public OptionalDouble threshold() {
        return threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold);
    }

    public boolean held() {
        return held;
    }

    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<SignalOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
