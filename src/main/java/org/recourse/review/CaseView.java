package org.recourse.review;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.recourse.cases.CaseAccess;
import org.recourse.cases.CaseAction;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;
import org.recourse.cases.ItemStatus;
import org.recourse.cases.Reviewer;
import org.recourse.intake.SystemNote;

/**
 * Everything the review page shows of a case, read in one transaction. What a reviewer may do on it is asked of the
 * case's own rule ({@link CaseAccess}) over the status and holder read here, never written again by the page.
 */
public record CaseView(long id, String caseNumber, Category category, boolean selfReported, int reportCount,
        CaseStatus status, String assignee, Instant openedAt, Instant reviewDueAt, List<ReportLine> reports,
        List<ItemLine> items) implements Serializable {

    /** The case's rule over the facts of this view. */
    public CaseAccess access() {
        return new CaseAccess(id, status, assignee);
    }

    public boolean mayClaim(Reviewer reviewer) {
        return access().permits(CaseAction.CLAIM, reviewer);
    }

    public boolean mayDecide(Reviewer reviewer) {
        return access().permits(CaseAction.DECIDE, reviewer);
    }

    public boolean mayViewFull(Reviewer reviewer) {
        return access().permits(CaseAction.VIEW_IN_FULL, reviewer);
    }

    public boolean isHeldBy(Reviewer reviewer) {
        return access().isHeldBy(reviewer);
    }

    /** An escalated case seen by someone who is not a supervisor: they read it, a supervisor decides it. */
    public boolean isReadOnlyFor(Reviewer reviewer) {
        return access().isReadOnlyFor(reviewer);
    }

    /**
     * One report on the case. {@code contactEmail} is null unless the viewer's role may see it. The details are
     * the reporter's own words and are only ever shown as text; on the portal's own reports, {@code note} says the
     * same in every language.
     */
    public record ReportLine(Category category, boolean selfReport, String details, Instant receivedAt,
            String contactEmail, SystemNote note) implements Serializable {
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
            Instant decidedAt, String classification, boolean imminentDanger, String dangerReason)
            implements Serializable {

        /** Without a legal assessment. */
        public DecisionLine(String decision, String reason, String note, String justification, String decidedBy,
                Instant decidedAt) {
            this(decision, reason, note, justification, decidedBy, decidedAt, null, false, null);
        }
    }
}
