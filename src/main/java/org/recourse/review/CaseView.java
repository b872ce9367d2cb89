package org.recourse.review;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;
import org.recourse.cases.ItemStatus;

/** Everything the review page shows of a case, read in one transaction. */
public record CaseView(long id, String caseNumber, Category category, boolean selfReported, int reportCount,
        CaseStatus status, String assignee, Instant openedAt, Instant reviewDueAt, List<ReportLine> reports,
        List<ItemLine> items) implements Serializable {

    /**
     * One report on the case. {@code contactEmail} is null unless the viewer's role may see it. The details are
     * the reporter's own words and are only ever shown as text.
     */
    public record ReportLine(Category category, boolean selfReport, String details, Instant receivedAt,
            String contactEmail) implements Serializable {
    }

    /** One item with its facts and the decisions taken on it. */
    public record ItemLine(long id, String location, boolean hosted, ItemStatus status, String platformContentId,
            String uploaderId, String sha256, String mediaType, Instant firstSeen, List<DecisionLine> decisions,
            String matchSource, Integer matchDistance, String matchCase)
            implements Serializable {

        public boolean isImage() {
            return hosted && mediaType != null && mediaType.startsWith("image/");
        }

        public boolean isDecided() {
            return status.isDecided();
        }
    }

    /** A decision already taken. */
    public record DecisionLine(String decision, String reason, String note, String justification, String decidedBy,
            Instant decidedAt) implements Serializable {
    }
}
