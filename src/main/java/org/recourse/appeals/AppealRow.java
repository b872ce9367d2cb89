package org.recourse.appeals;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.recourse.cases.Category;
import org.recourse.cases.Decision;
import org.recourse.cases.ReasonCode;

/** An appeal as the appeal queue and its form show it, read in one transaction. */
public record AppealRow(long id, String reference, long caseId, String caseNumber, Category category,
        boolean selfReported, Decision decision, ReasonCode reason, String decidedBy, Instant decidedAt,
        boolean protectedContent, String text, List<PersonRecords> persons, Instant submittedAt, Instant dueAt,
        boolean overdue) implements Serializable {

    private static final long serialVersionUID = 1L;

    static AppealRow of(Appeal appeal, Instant now) {
        var decision = appeal.decision();
        var caseFile = decision.item().caseFile();
        return new AppealRow(appeal.id(), appeal.reference(), caseFile.id(),
                org.recourse.cases.CaseNumbers.format(caseFile.id()), caseFile.category(), caseFile.selfReported(),
                decision.decision(), decision.reason(), decision.decidedBy(), decision.decidedAt(),
                caseFile.restoreNeedsSupervisor(), appeal.uploaderText(),
                appeal.persons().stream().map(StoredPerson::records).toList(), appeal.submittedAt(), appeal.dueAt(),
                appeal.isOverdue(now));
    }
}
