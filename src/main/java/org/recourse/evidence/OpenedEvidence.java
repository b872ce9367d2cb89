package org.recourse.evidence;

import java.time.Instant;
import java.util.List;

/**
 * A record opened for a purpose (a hotline report, an export), decrypted in memory.
 *
 * @param recordId the record
 * @param caseId its case
 * @param itemId its case item
 * @param sealedAt when it was sealed
 * @param metadata what it says about the content
 * @param metadataJson the same metadata as the sealed JSON document (what a package carries, byte for byte)
 * @param files the preserved files (empty when the platform registered no bytes)
 * @param manifestSha256 hex SHA-256 of the record's manifest, as written in the audit chain at sealing
 */
public record OpenedEvidence(long recordId, long caseId, long itemId, Instant sealedAt, EvidenceMetadata metadata,
        byte[] metadataJson, List<EvidenceFile> files, String manifestSha256) {
}
