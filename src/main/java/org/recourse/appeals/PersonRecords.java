package org.recourse.appeals;

import java.util.Objects;

/**
 * What the platform sent for one person shown: the ids of its own age and consent verification records. Their
 * existence is the uploader's claim; only a supervisor's {@link ProofConfirmation} makes it proof.
 */
public record PersonRecords(RecordId ageRecord, RecordId consentRecord) {

    public PersonRecords {
        Objects.requireNonNull(ageRecord, "The age verification record is required.");
        Objects.requireNonNull(consentRecord, "The consent record is required.");
    }
}
