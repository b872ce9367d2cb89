package org.recourse.context.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.recourse.context.CaseContext;

/**
 * The queue's mark for a case whose uploader is flagged ({@code #{queueMarks.flagged(row.caseId())}} in the queue):
 * one query a request, however many rows the page shows. Triage does not import {@code context}.
 */
@Named
@RequestScoped
public class QueueMarks {

    @Inject
    CaseContext cases;

    private Set<Long> flagged;

    public boolean flagged(long caseId) {
        if (flagged == null) {
            flagged = cases.openCasesWithFlaggedUploader();
        }
        return flagged.contains(caseId);
    }
}
