package org.recourse.appeals;

import java.util.List;

/**
 * An appeal as the platform sent it, already read into types: the decision appealed (its id, and the platform's
 * content id it must be about), the uploader's text, and the record ids for each person shown.
 */
public record AppealSubmission(long decisionId, String contentId, String text, List<PersonRecords> persons) {

    public AppealSubmission {
        persons = List.copyOf(persons);
    }
}
