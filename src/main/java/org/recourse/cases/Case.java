package org.recourse.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recourse.content.ContentItem;
import org.recourse.platform.domain.IllegalTransitionException;

/**
 * The unit staff triage: one or more reports about the same content, with the items they name.
 *
 * <p>A case is opened by its first report with a review-due time from the {@link SlaPolicy}. Every later report on
 * the same content joins it: the report count grows, the case takes the most severe category reported, and the
 * review moves earlier. Its status moves only through {@link #moveTo}, which enforces {@link CaseStatus}'s rules. Every
 * verb a reviewer uses ({@link #claim}, {@link #decide}, {@link #reveal}, {@link #release}) takes the {@link Reviewer}
 * and enforces who may: {@link CaseAccess} for claims and holders, and the restore rule in {@link #decide}.
 */
@Entity
@Table(name = "case_file")
public class Case {

    /** The fewest characters of the justification that restoring {@link #restoreNeedsSupervisor} content needs. */
    public static final int MIN_JUSTIFICATION_LENGTH = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 48)
    private Category category;

    /** {@link Category#severity()} of {@link #category}, stored so the queue can sort by it. */
    @Column(nullable = false)
    private int severity;

    @Column(name = "self_reported", nullable = false)
    private boolean selfReported;

    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "review_due_at", nullable = false)
    private Instant reviewDueAt;

    /** The earlier of {@link #reviewDueAt} and the legal deadline: what the queue sorts by ({@link QueueOrder}). */
    @Column(name = "queue_due_at", nullable = false)
    private Instant queueDueAt;

    /** The 48-hour legal deadline of a valid removal request; null for a case without one. */
    @Embedded
    private RemovalDeadline removalDeadline;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "status_changed_by", nullable = false, length = 100)
    private String statusChangedBy;

    @Column(length = 64)
    private String assignee;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Column(name = "at_risk_at")
    private Instant atRiskAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "breach_notified_at")
    private Instant breachNotifiedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When a reviewer first took the case: the reporter's timeline says "being reviewed" from then on. */
    @Column(name = "review_started_at")
    private Instant reviewStartedAt;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<CaseItem> items = new ArrayList<>();

    protected Case() {
        // for JPA
    }

    private Case(Category category, boolean selfReported, Instant now, Instant reviewDueAt) {
        this.category = Objects.requireNonNull(category, "A category is required.");
        this.severity = category.severity();
        this.selfReported = selfReported;
        this.openedAt = Objects.requireNonNull(now, "A time is required.");
        this.reviewDueAt = Objects.requireNonNull(reviewDueAt, "A review-due time is required.");
        this.queueDueAt = reviewDueAt;
        this.status = CaseStatus.OPEN;
        this.statusChangedAt = now;
        this.statusChangedBy = "reporter";
        this.reportCount = 1;
    }

    /** Opens a case for a first report, due for review within the policy's window. */
    public static Case open(Category category, boolean selfReported, Instant now, SlaPolicy policy) {
        return new Case(category, selfReported, now, policy.reviewDue(category, selfReported, now));
    }

    /**
     * Records one more report on this case. The review moves earlier: to the new report's own due time if that is
     * sooner, and in any case to at most half of the time that was left, since several people reporting the same
     * content is itself a sign of harm.
     */
    public void joinReport(Category reported, boolean selfReport, Instant now, SlaPolicy policy) {
        requireOpen();
        reportCount++;
        category = category.mostSevere(reported);
        severity = category.severity();
        selfReported |= selfReport;
        Duration left = Duration.between(now, reviewDueAt);
        Instant halved = left.isNegative() ? reviewDueAt : now.plus(left.dividedBy(2));
        Instant ownDue = policy.reviewDue(reported, selfReport, now);
        reviewDueAt = earliest(reviewDueAt, earliest(halved, ownDue));
        queueDueAt = earliestDue();
    }

    /**
     * Moves the review earlier, to {@code dueBy} if that is sooner than the time it is due now; never later. For a sign
     * of harm found after the case was opened (a classifier's high score, abusive words around the content): the
     * queue ({@link QueueOrder}) then brings the case forward. A due time already past stays as it is.
     *
     * @return whether the due time moved
     */
    public boolean expedite(Instant dueBy, Instant now) {
        requireOpen();
        Objects.requireNonNull(now, "A time is required.");
        Instant target = dueBy.isBefore(now) ? now : dueBy;
        if (!target.isBefore(reviewDueAt)) {
            return false;
        }
        reviewDueAt = target;
        queueDueAt = earliestDue();
        return true;
    }

    /**
     * A valid removal request (TAKE IT DOWN Act) was filed on this case at {@code now}: the case carries a legal
     * deadline 48 hours away, beside its SLA, and the queue sorts it by whichever comes first. A case that already
     * has one keeps the earlier.
     */
    public void takeRemovalRequest(Instant now) {
        requireOpen();
        removalDeadline = removalDeadline == null ? RemovalDeadline.from(now) : removalDeadline.withRequestAt(now);
        queueDueAt = earliestDue();
    }

    /** The legal deadline, for a case that holds a valid removal request. */
    public Optional<RemovalDeadline> removalDeadline() {
        return Optional.ofNullable(removalDeadline);
    }

    /**
     * Sets the legal deadline's mark due now (80% used, or passed), once each, while the case is open; a closed case
     * has had its content decided, which is what the law asks within the 48 hours.
     */
    public RemovalDeadline.Mark markRemovalDeadline(Instant now) {
        return removalDeadline == null || !isOpen() ? RemovalDeadline.Mark.NONE : removalDeadline.mark(now);
    }

    /** Whether {@link #markRemovalDeadline} would set a mark now; nothing is changed. */
    public boolean removalDeadlineMarkDue(Instant now) {
        return removalDeadline != null && isOpen() && removalDeadline.markDue(now);
    }

    private Instant earliestDue() {
        return removalDeadline == null ? reviewDueAt : earliest(reviewDueAt, removalDeadline.dueAt());
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    public CaseItem addHostedItem(ContentItem content, Instant now) {
        requireOpen();
        return add(new CaseItem(this, content, content.url(), CaseItem.Kind.HOSTED, now));
    }

    public CaseItem addExternalItem(String url, Instant now) {
        requireOpen();
        return add(new CaseItem(this, null, url, CaseItem.Kind.EXTERNAL, now));
    }

    private CaseItem add(CaseItem item) {
        items.add(item);
        return item;
    }

    /** Moves the case to another status, recording who and when; refuses a move the state machine forbids. */
    public void moveTo(CaseStatus target, String actor, Instant now) {
        Objects.requireNonNull(actor, "Who moves the case is required.");
        Objects.requireNonNull(now, "A time is required.");
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("case", status, target);
        }
        status = target;
        statusChangedAt = now;
        statusChangedBy = actor;
    }

    /**
     * A reviewer takes the case. An open case moves to review; an escalated case stays with the supervisors and is
     * only assigned, to a supervisor. A case someone else holds is refused: one case, one reviewer.
     *
     * @throws CaseActionRefusedException when {@link #permits} says no ({@link CaseAlreadyClaimedException} when
     *     someone else holds it)
     */
    public void claim(Reviewer reviewer, Instant now) {
        require(CaseAction.CLAIM, reviewer);
        if (status == CaseStatus.OPEN) {
            moveTo(CaseStatus.IN_REVIEW, reviewer.username(), now);
        }
        if (reviewStartedAt == null) {
            reviewStartedAt = now;
        }
        assignee = reviewer.username();
        claimedAt = now;
        lastActivityAt = now;
    }

    /** Who holds the case and in which status: what {@link CaseAccess} decides from. */
    public CaseAccess access() {
        return new CaseAccess(id, status, assignee);
    }

    /** Whether this reviewer may take this action on the case now; the rule is {@link CaseAccess}'s. */
    public boolean permits(CaseAction action, Reviewer reviewer) {
        return access().permits(action, reviewer);
    }

    /** Refuses, with the rule that says no, an action {@link #permits} does not allow. */
    public void require(CaseAction action, Reviewer reviewer) {
        access().require(action, reviewer);
    }

    /**
     * Decides one item of this case: only for whom the case lets decide ({@link CaseAction#DECIDE}), and restoring
     * what may show a child (its category {@linkplain Category#assumesChild() assumes one}) or what the person shown
     * reported only by a supervisor who writes why ("when in doubt, a child"). Then the item's own rules: the reason
     * must fit the decision, a decided item stays decided. Blank notes are no notes.
     *
     * @return the record of the decision, to store
     * @throws CaseActionRefusedException when a rule of the case refuses this reviewer
     */
    public ItemDecision decide(CaseItem item, Decision decision, ReasonCode reason, String note, String justification,
            Reviewer reviewer, Instant now) {
        return decide(item, decision, reason, note, justification, reviewer, now, LegalAssessment.NONE);
    }

    /** The same, with the reviewer's legal assessment of a removal or referral ({@link LegalAssessment}). */
    public ItemDecision decide(CaseItem item, Decision decision, ReasonCode reason, String note, String justification,
            Reviewer reviewer, Instant now, LegalAssessment assessment) {
        requireOwn(item);
        require(CaseAction.DECIDE, reviewer);
        if (decision == Decision.RESTORE && restoreNeedsSupervisor()) {
            if (!reviewer.isSupervisor()) {
                throw new CaseActionRefusedException(id, CaseAction.DECIDE,
                        CaseActionRefusedException.Reason.RESTORE_NEEDS_SUPERVISOR);
            }
            if (justification == null || justification.strip().length() < MIN_JUSTIFICATION_LENGTH) {
                throw new CaseActionRefusedException(id, CaseAction.DECIDE,
                        CaseActionRefusedException.Reason.RESTORE_NEEDS_JUSTIFICATION);
            }
        }
        return item.decide(decision, reason, blankToNull(note), blankToNull(justification), reviewer.username(), now,
                assessment);
    }

    /** Whether restoring an item of this case is a supervisor's decision, with a written justification. */
    public boolean restoreNeedsSupervisor() {
        return category.assumesChild() || selfReported;
    }

    /** A reviewer chooses to see one item in full: only whom the case lets look, and it counts as work on the case. */
    public void reveal(CaseItem item, Reviewer reviewer, Instant now) {
        requireOwn(item);
        require(CaseAction.VIEW_IN_FULL, reviewer);
        recordActivity(now);
    }

    /**
     * A reviewer gives the case back to the queue: the holder, or a supervisor (a case nobody holds stays as it is).
     *
     * @throws CaseActionRefusedException when someone else holds it and this reviewer is not a supervisor
     */
    public void release(Reviewer reviewer, Instant now) {
        require(CaseAction.RELEASE, reviewer);
        if (assignee != null) {
            giveBack(reviewer.username(), now);
        }
    }

    /**
     * Gives the case back to the queue without asking whose it is: for the portal itself, when the claim went idle
     * ({@link #claimIdleSince}). A reviewer's own release is {@link #release(Reviewer, Instant)}.
     */
    public void giveBack(String actor, Instant now) {
        if (status == CaseStatus.IN_REVIEW) {
            moveTo(CaseStatus.OPEN, actor, now);
        }
        assignee = null;
        claimedAt = null;
        lastActivityAt = null;
    }

    private void requireOwn(CaseItem item) {
        Case owner = item.caseFile();
        // By id as well: the item may hold a lazy proxy of this very case, which is another object.
        if (owner != this && (id == null || !id.equals(owner.id()))) {
            throw new IllegalArgumentException("Item " + item.id() + " is not on case " + id);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void recordActivity(Instant now) {
        lastActivityAt = now;
    }

    /** Whether the claim has seen no activity for {@code idle}: it may then be released for someone else. */
    public boolean claimIdleSince(Instant now, Duration idle) {
        return assignee != null && lastActivityAt != null && !now.isBefore(lastActivityAt.plus(idle));
    }

    /**
     * Updates the SLA marks: at risk once 80% of the review time is used, overdue once it is all used.
     *
     * @return the mark this call set, or {@link SlaMark#NONE}
     */
    public SlaMark updateSla(Instant now) {
        if (!isOpen()) {
            return SlaMark.NONE;
        }
        if (overdueAt == null && !now.isBefore(reviewDueAt)) {
            overdueAt = now;
            if (atRiskAt == null) {
                atRiskAt = now;
            }
            return SlaMark.OVERDUE;
        }
        Duration total = Duration.between(openedAt, reviewDueAt);
        Duration used = Duration.between(openedAt, now);
        if (atRiskAt == null && overdueAt == null && used.multipliedBy(5).compareTo(total.multipliedBy(4)) >= 0) {
            atRiskAt = now;
            return SlaMark.AT_RISK;
        }
        return SlaMark.NONE;
    }

    /** Whether supervisors still have to be told that this case is overdue. */
    public boolean breachNoticeDue() {
        return overdueAt != null && breachNotifiedAt == null && isOpen();
    }

    public void breachNoticeSent(Instant now) {
        breachNotifiedAt = now;
    }

    /** Called after an item is decided: escalation hands the case to supervisors; all items decided closes it. */
    void itemDecided(CaseItem item, String actor, Instant now) {
        lastActivityAt = now;
        if (item.status() == ItemStatus.ESCALATED && status != CaseStatus.ESCALATED) {
            moveTo(CaseStatus.ESCALATED, actor, now);
            assignee = null;
            return;
        }
        if (items.stream().allMatch(i -> i.status().isDecided())) {
            if (status == CaseStatus.OPEN) {
                // A supervisor may decide a case nobody claimed; it is reviewed on the way to being closed.
                moveTo(CaseStatus.IN_REVIEW, actor, now);
            }
            if (reviewStartedAt == null) {
                reviewStartedAt = now;
            }
            moveTo(CaseStatus.CLOSED, actor, now);
            assignee = null;
            closedAt = now;
        }
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException("Case " + id + " is closed.");
        }
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public Long id() {
        return id;
    }

    public CaseStatus status() {
        return status;
    }

    public Category category() {
        return category;
    }

    /** The severity of {@link #category()}, as stored for sorting the queue. */
    public int severity() {
        return severity;
    }

    public boolean selfReported() {
        return selfReported;
    }

    public int reportCount() {
        return reportCount;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant reviewDueAt() {
        return reviewDueAt;
    }

    /** The earlier of the review-due time and the legal deadline. */
    public Instant queueDueAt() {
        return queueDueAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public String statusChangedBy() {
        return statusChangedBy;
    }

    public String assignee() {
        return assignee;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public Instant atRiskAt() {
        return atRiskAt;
    }

    public Instant overdueAt() {
        return overdueAt;
    }

    public Instant breachNotifiedAt() {
        return breachNotifiedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant reviewStartedAt() {
        return reviewStartedAt;
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && !now.isBefore(reviewDueAt);
    }

    public List<CaseItem> items() {
        return Collections.unmodifiableList(items);
    }
}
