package org.recourse.triage;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;

/** One line of the triage queue: only what the queue shows, never contact details or content. */
public record QueueRow(long caseId, Category category, boolean selfReported, int reportCount, long itemCount,
        Instant openedAt, Instant reviewDueAt, CaseStatus status, String assignee, Instant legalDueAt)
        implements Serializable {

    /** A row without a removal request's legal deadline. */
    public QueueRow(long caseId, Category category, boolean selfReported, int reportCount, long itemCount,
            Instant openedAt, Instant reviewDueAt, CaseStatus status, String assignee) {
        this(caseId, category, selfReported, reportCount, itemCount, openedAt, reviewDueAt, status, assignee, null);
    }

    /** Whether the case holds a valid removal request (TAKE IT DOWN Act) and so a 48-hour legal deadline. */
    public boolean legalTrack() {
        return legalDueAt != null;
    }

    /** Rows due within this time stand out. */
    public static final Duration DUE_SOON = Duration.ofMinutes(15);

    public String caseNumber() {
        return CaseNumbers.format(caseId);
    }

    public boolean overdue(Instant now) {
        return !now.isBefore(reviewDueAt);
    }

    public boolean dueSoon(Instant now) {
        return !overdue(now) && Duration.between(now, reviewDueAt).compareTo(DUE_SOON) <= 0;
    }
}
