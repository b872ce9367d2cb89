package org.recourse.triage;

import java.util.Optional;

/** What "take next" found: the case claimed, if any, and the limit it respected (the page says it in words). */
public record NextCase(Optional<Long> caseId, ImageryLimit limit) {

    public NextCase {
        caseId = caseId == null ? Optional.empty() : caseId;
        limit = limit == null ? ImageryLimit.NONE : limit;
    }
}
