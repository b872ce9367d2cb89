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
import org.recourse.content.ContentItem;
import org.recourse.platform.domain.IllegalTransitionException;

/**
 * One reported location on a case: either an item the platform hosts (hidden while the case is open) or an address
 * elsewhere, kept for referral to whoever hosts it.
 */
@Entity
@Table(name = "case_item")
public class CaseItem {

    /** Where the reported content lives. */
    public enum Kind {
        /** Hosted by the platform: hidden at once, decided by staff. */
        HOSTED,
        /** Not on the platform: kept so staff can refer it to its host or a hotline. */
        EXTERNAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private Case caseFile;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "content_id")
    private ContentItem content;

    @Column(nullable = false, length = 2048)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ItemStatus status;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    /** For a re-upload caught by stay-down screening: what it matched, how closely, and the original's case. */
    @Column(name = "match_source", length = 100)
    private String matchSource;

    @Column(name = "match_distance")
    private Integer matchDistance;

    @Column(name = "match_case", length = 20)
    private String matchCase;

    protected CaseItem() {
        // for JPA
    }

    CaseItem(Case caseFile, ContentItem content, String location, Kind kind, Instant addedAt) {
        this.caseFile = Objects.requireNonNull(caseFile, "An item belongs to a case.");
        this.content = content;
        this.location = Objects.requireNonNull(location, "A location is required.");
        this.kind = Objects.requireNonNull(kind, "A kind is required.");
        if ((kind == Kind.HOSTED) != (content != null)) {
            throw new IllegalArgumentException("Hosted items, and only they, point to registered content.");
        }
        this.status = ItemStatus.PENDING_REVIEW;
        this.addedAt = Objects.requireNonNull(addedAt, "A time is required.");
    }

    /**
     * Records a decision on this item and moves its status. The reason must fit the decision, and the status machine
     * must allow the move (a decided item stays decided). Returns the record to store. Reviewers decide through
     * {@link Case#decide}, which first asks who may.
     */
    ItemDecision decide(Decision decision, ReasonCode reason, String note, String justification, String actor,
            Instant now) {
        return decide(decision, reason, note, justification, actor, now, LegalAssessment.NONE);
    }

    /**
     * The same, with the reviewer's legal assessment: a classification or imminent danger only goes with a removal or
     * referral (what takes the content down and may seal it as evidence), never with a restore or an escalation.
     */
    ItemDecision decide(Decision decision, ReasonCode reason, String note, String justification, String actor,
            Instant now, LegalAssessment assessment) {
        Objects.requireNonNull(decision, "A decision is required.");
        Objects.requireNonNull(assessment, "An assessment is required (NONE for none).");
        if (!assessment.isEmpty() && decision != Decision.REMOVE && decision != Decision.REFER) {
            throw new IllegalArgumentException("A classification or imminent danger goes only with a removal or a "
                    + "referral, not with " + decision + ".");
        }
        Objects.requireNonNull(now, "A time is required.");
        if (!decision.allows(reason)) {
            throw new IllegalArgumentException("Reason " + reason + " does not fit the decision " + decision + ".");
        }
        if (!status.allowedNext().contains(decision.result())) {
            throw new IllegalTransitionException("case item", status, decision.result());
        }
        status = decision.result();
        ItemDecision record = new ItemDecision(this, decision, reason, note, justification, actor, now, assessment);
        caseFile.itemDecided(this, actor, now);
        return record;
    }

    /** Notes that this item was caught as a re-upload: of what (a bank's name, or "pending review"), and how closely. */
    public void recordMatch(String source, int distance, String originalCase) {
        this.matchSource = Objects.requireNonNull(source, "What was matched is required.");
        this.matchDistance = distance;
        this.matchCase = originalCase;
    }

    public String matchSource() {
        return matchSource;
    }

    public Integer matchDistance() {
        return matchDistance;
    }

    public String matchCase() {
        return matchCase;
    }

    public Long id() {
        return id;
    }

    public Case caseFile() {
        return caseFile;
    }

    public ContentItem content() {
        return content;
    }

    public String location() {
        return location;
    }

    public Kind kind() {
        return kind;
    }

    public ItemStatus status() {
        return status;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
