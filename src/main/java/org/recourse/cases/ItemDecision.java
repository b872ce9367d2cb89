package org.recourse.cases;

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

/** One decision on one item, kept for good: who, when, why, and the justification where the rules ask for one. */
@Entity
@Table(name = "item_decision")
public class ItemDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_item_id")
    private CaseItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false, length = 48)
    private ReasonCode reason;

    @Column(length = 2000)
    private String note;

    @Column(length = 2000)
    private String justification;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private IndustryClassification classification;

    @Column(name = "imminent_danger", nullable = false)
    private boolean imminentDanger;

    @Column(name = "danger_reason", length = LegalAssessment.MAX_REASON)
    private String dangerReason;

    protected ItemDecision() {
        // for JPA
    }

    ItemDecision(CaseItem item, Decision decision, ReasonCode reason, String note, String justification,
            String decidedBy, Instant decidedAt, LegalAssessment assessment) {
        this.item = Objects.requireNonNull(item);
        this.decision = Objects.requireNonNull(decision);
        this.reason = Objects.requireNonNull(reason);
        this.note = note;
        this.justification = justification;
        this.decidedBy = Objects.requireNonNull(decidedBy);
        this.decidedAt = Objects.requireNonNull(decidedAt);
        LegalAssessment legal = Objects.requireNonNull(assessment, "An assessment is required (NONE for none).");
        this.classification = legal.classification();
        this.imminentDanger = legal.imminentDanger();
        this.dangerReason = legal.dangerReason();
    }

    public Long id() {
        return id;
    }

    public Decision decision() {
        return decision;
    }

    public ReasonCode reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public String justification() {
        return justification;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    /** The reviewer's classification and imminent danger, as given at removal ({@link LegalAssessment#NONE} else). */
    public LegalAssessment assessment() {
        return new LegalAssessment(classification, imminentDanger, dangerReason);
    }

    public CaseItem item() {
        return item;
    }
}
