package org.recourse.evidence.legal;

import java.time.Instant;
import java.util.Optional;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.Category;
import org.recourse.evidence.EvidenceRecord;

/** One record as the list shows it: no content, no decryption. */
public record RecordRow(long id, long caseId, String caseNumber, String categoryCode, Instant sealedAt,
        LegalStatus status, String manifestSha256) {

    static RecordRow of(EvidenceRecord record, LegalStatus status) {
        return new RecordRow(record.id(), record.caseId(), CaseNumbers.format(record.caseId()), record.category(),
                record.sealedAt(), status, record.manifestSha256());
    }

    /** The category, when the code is one the portal still knows. */
    public Optional<Category> category() {
        return Category.fromCode(categoryCode);
    }
}
