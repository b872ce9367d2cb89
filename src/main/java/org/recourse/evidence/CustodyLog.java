package org.recourse.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.recourse.audit.AuditLog;
import org.recourse.cases.CaseNumbers;

/**
 * Writes a record's chain of custody, in the caller's transaction, and the same event in the audit chain
 * ({@code evidence.<action>}, subject {@code C-000123/evidence-7}): what was done to a record commits or rolls back
 * with its custody, and the audit chain makes the custody log tamper-evident.
 */
@ApplicationScoped
public class CustodyLog {

    @Inject
    EvidenceRepository records;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Records that {@code actor} did {@code action} to the record.
     *
     * @param details a few words: why, to whom, which package ({@code hotline report ncmec 123456})
     * @throws IllegalArgumentException when there is no such record
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CustodyEntry record(long recordId, String actor, CustodyAction action, String details) {
        EvidenceRecord record = records.find(recordId)
                .orElseThrow(() -> new IllegalArgumentException("No evidence record " + recordId + "."));
        CustodyEntry entry = new CustodyEntry(recordId, clock.instant(), actor, action, details);
        records.addCustody(entry);
        audit.record(actor, "evidence." + action.code(), subjectOf(record), entry.details());
        return entry;
    }

    /** The audit subject of a record: its case number, then the record ({@code C-000123/evidence-7}). */
    public static String subjectOf(EvidenceRecord record) {
        return CaseNumbers.format(record.caseId()) + "/evidence-" + record.id();
    }
}
