package org.recourse.screening.sweep;

import java.util.Objects;
import org.recourse.cases.CaseNumbers;
import org.recourse.screening.banks.BankEntry;

/**
 * Where a swept entry came from, which decides the case its copies go on: one case per source, never one per copy.
 * A removal's entries share its case's source (and the new case is linked to that case); a survivor's hashes share
 * their submission's; anything else (an import, a hash added by hand, a supervisor's sweep) shares the sweep and bank.
 *
 * @param key what sweep cases are found by (at most 48 characters)
 * @param sourceCaseId the case that caused it (a removal's), if any
 * @param submissionId the survivor's submission that brought it, if any
 */
public record SweepSource(String key, Long sourceCaseId, Long submissionId) {

    public SweepSource {
        Objects.requireNonNull(key, "A key is required.");
    }

    /** The source of an entry found by the sweep {@code runId}. */
    public static SweepSource of(BankEntry entry, long runId) {
        if (entry.originalCase() != null) {
            var caseId = CaseNumbers.parse(entry.originalCase());
            if (caseId.isPresent()) {
                return new SweepSource("case:" + caseId.getAsLong(), caseId.getAsLong(), null);
            }
        }
        if (entry.submissionId() != null) {
            return new SweepSource("submission:" + entry.submissionId(), null, entry.submissionId());
        }
        return new SweepSource("sweep:" + runId + ":bank:" + entry.bank().id(), null, null);
    }

    /** The same source, linked to the case that caused it (for a survivor's hashes: a case an upload they held is on). */
    public SweepSource linkedTo(Long caseId) {
        return caseId == null || sourceCaseId != null ? this : new SweepSource(key, caseId, submissionId);
    }
}
