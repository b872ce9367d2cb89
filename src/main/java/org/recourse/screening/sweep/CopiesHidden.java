package org.recourse.screening.sweep;

import java.util.List;
import org.recourse.screening.banks.BankPurpose;

/**
 * The sweep just hid copies already on the platform that a bank's entries match, and reported them on a case: fired
 * in the sweep's transaction, after the report, for the statements of reasons.
 */
public record CopiesHidden(List<Long> contentItemIds, long caseId, BankPurpose bankKind) {

    public CopiesHidden {
        contentItemIds = List.copyOf(contentItemIds);
    }
}
