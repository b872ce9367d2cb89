package org.recourse.appeals;

import java.util.List;
import org.recourse.statements.StatementId;

/**
 * An appeal as the platform sent it, already read into types: what is appealed (the statement of reasons the uploader
 * was given, or the decision's id with the platform's content id it must be about), the uploader's text, and the
 * record ids for each person shown.
 *
 * @param statementId the statement appealed, or null when the decision is named
 * @param decisionId the decision appealed, or 0 when the statement is named
 * @param contentId the platform's content id; required with a decision id, checked against a statement if sent
 */
public record AppealSubmission(StatementId statementId, long decisionId, String contentId, String text,
        List<PersonRecords> persons) {

    public AppealSubmission {
        persons = List.copyOf(persons);
    }
}
