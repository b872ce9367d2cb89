package org.recourse.appeals;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recourse.cases.Decision;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.Reviewer;

/**
 * An uploader's appeal against one decision on one item (DSA art. 20). Lifecycle: {@link #submit} within the window
 * after the statement of reasons, into the appeal queue ({@link AppealStatus#SUBMITTED}, due per the appeal SLA); then
 * {@link #decide} once, by someone other than who decided the item, to {@link AppealStatus#UPHELD} or
 * {@link AppealStatus#RESTORED} under {@link RestorationRule}. One appeal per decision (the database says so too).
 */
@Entity
@Table(name = "appeal")
public class Appeal {

    /** The most characters of the uploader's text. */
    public static final int MAX_TEXT = 5000;
    /** The most people shown one appeal may name. */
    public static final int MAX_PERSONS = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 16)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_decision_id", unique = true)
    private ItemDecision decision;

    @Column(name = "statement_id")
    private Long statementId;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Column(name = "uploader_text", nullable = false, length = MAX_TEXT)
    private String uploaderText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appeal_person", joinColumns = @JoinColumn(name = "appeal_id"))
    @OrderColumn(name = "position")
    private List<StoredPerson> persons = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppealStatus status;

    @Column(name = "protected_content", nullable = false)
    private boolean protectedContent;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 2000)
    private String justification;

    @Column(name = "sla_warned_at")
    private Instant slaWarnedAt;

    @Column(name = "sla_breached_at")
    private Instant slaBreachedAt;

    protected Appeal() {
        // for JPA
    }

    private Appeal(String reference, ItemDecision decision, Long statementId, String submittedBy, String text,
            List<PersonRecords> persons, Instant now, Duration sla) {
        this.reference = Objects.requireNonNull(reference, "A reference is required.");
        this.decision = decision;
        this.statementId = statementId;
        this.caseId = decision.item().caseFile().id();
        this.submittedBy = Objects.requireNonNull(submittedBy, "The submitting client is required.");
        this.uploaderText = Objects.requireNonNull(text, "The uploader's text is required.");
        persons.forEach(p -> this.persons.add(new StoredPerson(p)));
        this.status = AppealStatus.SUBMITTED;
        this.protectedContent = decision.item().caseFile().restoreNeedsSupervisor();
        this.submittedAt = now;
        this.dueAt = now.plus(sla);
    }

    /**
     * Files an appeal against a decision. Only a restriction can be appealed (a removal or referral), and only until
     * {@code appealUntil} (the statement of reasons' redress, or the window after the decision if none was issued).
     *
     * @param statementId the statement of reasons appealed (its row id), null when none was issued
     *
     * @throws AppealRefusedException {@link AppealRefusal#NOT_A_RESTRICTION} or {@link AppealRefusal#LATE}
     */
    public static Appeal submit(String reference, ItemDecision decision, Long statementId, Instant appealUntil,
            String submittedBy, String text, List<PersonRecords> persons, Instant now, Duration sla) {
        Objects.requireNonNull(decision, "The decision appealed is required.");
        // Only a restriction still in force: a removal later overturned is no longer the item's decision.
        if (decision.decision() != Decision.REMOVE && decision.decision() != Decision.REFER
                || decision.item().status() != decision.decision().result()) {
            throw new AppealRefusedException(AppealRefusal.NOT_A_RESTRICTION);
        }
        if (now.isAfter(appealUntil)) {
            throw new AppealRefusedException(AppealRefusal.LATE);
        }
        if (persons.size() > MAX_PERSONS || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Over the bounds the request reader enforces");
        }
        return new Appeal(reference, decision, statementId, submittedBy, text, persons, now, sla);
    }

    /** Upholds the decision: anyone but whoever made it. */
    public void uphold(Reviewer decider, String note, Instant now) {
        requireOpen();
        RestorationRule.mayDecide(decider, decision.decidedBy()).ifPresent(AppealRefusal::raise);
        close(AppealStatus.UPHELD, decider, note, now);
    }

    /**
     * Reverses the decision so the item is shown again, under {@link RestorationRule#mayRestore}; on protected content
     * the confirmations, one per person in order, are kept with the appeal.
     */
    public void restore(Reviewer decider, List<ProofConfirmation> confirmations, String justification, Instant now) {
        requireOpen();
        boolean protectedNow = decision.item().caseFile().restoreNeedsSupervisor();
        RestorationRule.mayRestore(decider, decision.decidedBy(), protectedNow, persons.size(), confirmations,
                justification).ifPresent(AppealRefusal::raise);
        if (protectedNow) {
            for (int i = 0; i < persons.size(); i++) {
                persons.get(i).confirm(confirmations.get(i));
            }
        }
        protectedContent = protectedNow;
        close(AppealStatus.RESTORED, decider, justification, now);
    }

    private void requireOpen() {
        if (status.isDecided()) {
            throw new AppealRefusedException(AppealRefusal.ALREADY_DECIDED);
        }
    }

    private void close(AppealStatus outcome, Reviewer decider, String text, Instant now) {
        this.status = outcome;
        this.decidedBy = decider.username();
        this.decidedAt = Objects.requireNonNull(now);
        this.justification = text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Records the SLA stage due at {@code now} ({@link AppealSla}), once each; a decided appeal has none.
     *
     * @return the stage recorded now, or {@link AppealSla.Stage#NONE}
     */
    public AppealSla.Stage markSla(Instant now) {
        AppealSla.Stage stage = slaStageDue(now);
        if (stage == AppealSla.Stage.BREACHED) {
            slaBreachedAt = now;
            slaWarnedAt = slaWarnedAt == null ? now : slaWarnedAt;
        } else if (stage == AppealSla.Stage.WARNED) {
            slaWarnedAt = now;
        }
        return stage;
    }

    /** The stage {@link #markSla} would record at {@code now}, asked without changing anything. */
    public AppealSla.Stage slaStageDue(Instant now) {
        return status.isDecided() ? AppealSla.Stage.NONE
                : AppealSla.due(submittedAt, dueAt, slaWarnedAt, slaBreachedAt, now);
    }

    public Instant slaWarnedAt() {
        return slaWarnedAt;
    }

    public Instant slaBreachedAt() {
        return slaBreachedAt;
    }

    public boolean isOverdue(Instant now) {
        return !status.isDecided() && now.isAfter(dueAt);
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public ItemDecision decision() {
        return decision;
    }

    /** The statement of reasons appealed (its row id), if one was issued for the decision. */
    public java.util.Optional<Long> statementId() {
        return java.util.Optional.ofNullable(statementId);
    }

    public Long caseId() {
        return caseId;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String uploaderText() {
        return uploaderText;
    }

    public List<StoredPerson> persons() {
        return List.copyOf(persons);
    }

    public AppealStatus status() {
        return status;
    }

    public boolean protectedContent() {
        return protectedContent;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String justification() {
        return justification;
    }
}
