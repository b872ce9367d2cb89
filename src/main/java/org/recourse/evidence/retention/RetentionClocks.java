package org.recourse.evidence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.recourse.audit.AuditLog;
import org.recourse.evidence.EvidenceRecord;
import org.recourse.evidence.EvidenceRepository;
import org.recourse.evidence.CustodyLog;
import org.recourse.evidence.RecordReported;

/**
 * Starts a record's retention clocks when it is reported: observed in the sender's transaction, so a report that
 * commits has its clock and one that rolls back has none. Every jurisdiction whose law the event triggers gets a clock,
 * applicable today or not (a platform that adds Canada later finds the clocks already there); the policy decides which
 * count. The custody entry of the report itself is the vault's; the clock is written in the audit log.
 */
@ApplicationScoped
public class RetentionClocks {

    @Inject
    RetentionRepository repository;

    @Inject
    EvidenceRepository records;

    @Inject
    RetentionPolicy policy;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onReported(@Observes RecordReported reported) {
        EvidenceRecord record = records.find(reported.recordId()).orElseThrow(
                () -> new IllegalArgumentException("No evidence record " + reported.recordId() + " was reported."));
        for (Jurisdiction jurisdiction : Jurisdiction.values()) {
            if (jurisdiction.startedBy() != reported.kind()) {
                continue;
            }
            RetentionClock clock = RetentionClock.start(reported, jurisdiction, policy);
            repository.add(clock);
            audit.record(reported.actor(), "evidence.retention.started", CustodyLog.subjectOf(record),
                    jurisdiction + " clock from " + reported.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + " to " + clock.recipient() + " at " + clock.startedAt() + ", purge after "
                            + clock.purgeAfter() + (policy.applicable().contains(jurisdiction) ? ""
                                    : " (this jurisdiction does not apply to the platform today)"));
        }
    }
}
