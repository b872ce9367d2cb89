package org.recourse.appeals;

import java.io.Serializable;
import java.time.Instant;
import org.recourse.cases.Category;

/** A reporter's waiting request for a second look, as the appeal queue shows it (nothing about the reporter). */
public record ReviewRequestRow(long id, long caseId, String caseNumber, Category category, Instant requestedAt,
        Instant dueAt, boolean overdue) implements Serializable {

    private static final long serialVersionUID = 1L;

    static ReviewRequestRow of(ReviewRequest request, Instant now) {
        var caseFile = request.report().caseFile();
        return new ReviewRequestRow(request.id(), caseFile.id(), org.recourse.cases.CaseNumbers.format(caseFile.id()),
                caseFile.category(), request.requestedAt(), request.dueAt(), now.isAfter(request.dueAt()));
    }
}
