package org.recourse.review;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;
import org.recourse.cases.ItemStatus;

/** Everything the review page shows of a case, read in one transaction, with what its viewer may do on it. */
public record CaseView(long id, String caseNumber, Category category, boolean selfReported, int reportCount,
        CaseStatus status, String assignee, Instant openedAt, Instant reviewDueAt, List<ReportLine> reports,
        List<ItemLine> items, Permissions permissions) implements Serializable {

    /** What the case's rules ({@link org.recourse.cases.Case#permits}) let the viewer do, when the view was read. */
    public record Permissions(boolean claim, boolean decide, boolean viewInFull) implements Serializable {
    }

    /**
     * One report on the case. {@code contactEmail} is null unless the viewer's role may see it. The details are
     * the reporter's own words and are only ever shown as text.
     */
    public record ReportLine(Category category, boolean selfReport, String details, Instant receivedAt,
            String contactEmail) implements Serializable {
    }

    /**
     * One item with its facts and the decisions taken on it. {@code stored} says whether its file is kept here;
     * {@code raster} is the picture format its bytes show, or null for anything else, whatever {@code mediaType} (the
     * type the platform registered) says.
     */
    public record ItemLine(long id, String location, boolean hosted, ItemStatus status, String platformContentId,
            String uploaderId, String sha256, String mediaType, Instant firstSeen, List<DecisionLine> decisions,
            String matchSource, Integer matchDistance, String matchCase, boolean stored, RasterFormat raster)
            implements Serializable {

        /** A stored picture: shown as the server's blurred rendering, and in full after a reveal. */
        public boolean isImage() {
            return stored && raster != null;
        }

        /** A stored file that is not a picture: never rendered in the workspace, only offered as a download. */
        public boolean isFile() {
            return stored && raster == null;
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
