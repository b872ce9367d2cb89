package org.recourse.evidence;

import java.util.Optional;

/**
 * Opens a sealed record, for the features that send or export it. Every opening is written in the record's chain of
 * custody and the audit log, with who opened it and why; the decrypted bytes stay in memory.
 */
public interface EvidenceReader {

    /**
     * Opens a record.
     *
     * @param recordId the record
     * @param actor a staff username, or {@code system} for a job
     * @param purpose why, in a few words kept in the custody log ({@code hotline report ncmec})
     * @return the record decrypted, or empty when there is no such record (or it was shredded)
     * @throws IllegalStateException when the record fails verification (its bytes or key were altered)
     */
    Optional<OpenedEvidence> open(long recordId, String actor, String purpose);
}
