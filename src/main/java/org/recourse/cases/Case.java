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

/**
 * The unit staff triage: one or more reports about the same content, with the items they name.
 *
 * <p>A case is opened by its first report with a review-due time from the {@link SlaPolicy}. Every later report on
 * the same content joins it: the report count grows, the case takes the most severe category reported, and the
 * review moves earlier. Its status moves only through {@link #moveTo}, which enforces {@link CaseStatus}'s rules.
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

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<CaseItem> items = new ArrayList<>();

    protected Case() {
        // for JPA
    }

    private Case(Category category, boolean selfReported, Instant now, Instant reviewDueAt) {
        this.category = Objects.requireNonNull(category, "A category is required.");
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

    public List<CaseItem> items() {
        return Collections.unmodifiableList(items);
    }
}
