package org.recourse.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import org.recourse.content.ContentItem;
import org.recourse.platform.domain.IllegalTransitionException;
import org.recourse.staff.Role;

/**
 * The unit staff triage: one or more reports about the same content, with the items they name.
 *
 * <p>A case is opened by its first report with a review-due time from the {@link SlaPolicy}. Every later report on
 * the same content joins it: the report count grows, the case takes the most severe category reported, and the
 * review moves earlier. Its status moves only through {@link #moveTo}, which enforces {@link CaseStatus}'s rules; who
 * may claim, decide or look at it in full is {@link #permits}'s rule.
 */
@Entity
@Table(name = "case_file")
public class Case {

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
    public void claim(String reviewer, Role role, Instant now) {
        require(CaseAction.CLAIM, reviewer, role);
        if (status == CaseStatus.OPEN) {
            moveTo(CaseStatus.IN_REVIEW, reviewer, now);
        }
        if (reviewStartedAt == null) {
            reviewStartedAt = now;
        }
        assignee = reviewer;
        claimedAt = now;
        lastActivityAt = now;
    }

    /**
     * Whether this reviewer may take this action on the case now. Nothing happens on a closed case. An escalated case
     * is the supervisors' alone: a moderator may read it, never claim, hold or decide it, nor see its pictures in
     * full. Otherwise a claim is refused only while someone else holds the case, and deciding or looking at the full
     * picture needs the claim, or a supervisor's role.
     */
    public boolean permits(CaseAction action, String reviewer, Role role) {
        return refusal(action, reviewer, role) == null;
    }

    /** Refuses, with the rule that says no, an action {@link #permits} does not allow. */
    public void require(CaseAction action, String reviewer, Role role) {
        CaseActionRefusedException.Reason refused = refusal(action, reviewer, role);
        if (refused == null) {
            return;
        }
        throw switch (refused) {
            case HELD_BY_OTHER -> new CaseAlreadyClaimedException(id, assignee);
            case CLOSED -> new CaseActionRefusedException(id, action, refused, "the case is closed.");
            case SUPERVISORS_ONLY -> new CaseActionRefusedException(id, action, refused,
                    "an escalated case is for supervisors only.");
            case NOT_HOLDER -> new CaseActionRefusedException(id, action, refused,
                    "only the reviewer who holds the case, or a supervisor, may.");
        };
    }

    /** The rule that refuses the action, or null if none does. */
    private CaseActionRefusedException.Reason refusal(CaseAction action, String reviewer, Role role) {
        Objects.requireNonNull(action, "An action is required.");
        Objects.requireNonNull(reviewer, "A reviewer is required.");
        Objects.requireNonNull(role, "The reviewer's role is required.");
        if (!status.isOpen()) {
            return CaseActionRefusedException.Reason.CLOSED;
        }
        boolean supervisor = role.includes(Role.SUPERVISOR);
        if (status.supervisorsOnly() && !supervisor) {
            return CaseActionRefusedException.Reason.SUPERVISORS_ONLY;
        }
        boolean holder = reviewer.equals(assignee);
        if (action == CaseAction.CLAIM) {
            return assignee == null || holder ? null : CaseActionRefusedException.Reason.HELD_BY_OTHER;
        }
        return holder || supervisor ? null : CaseActionRefusedException.Reason.NOT_HOLDER;
    }

    /** Gives the case back to the queue, by hand or because its reviewer went quiet. */
    public void release(String actor, Instant now) {
        if (status == CaseStatus.IN_REVIEW) {
            moveTo(CaseStatus.OPEN, actor, now);
        }
        assignee = null;
        claimedAt = null;
        lastActivityAt = null;
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
