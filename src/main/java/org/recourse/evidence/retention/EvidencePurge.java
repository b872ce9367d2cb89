package org.recourse.evidence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.recourse.audit.AuditLog;
import org.recourse.evidence.CustodyLog;
import org.recourse.evidence.EvidenceRecord;
import org.recourse.evidence.EvidenceRepository;
import org.recourse.evidence.EvidenceVault;

/**
 * Purges what retention no longer keeps: each record in a transaction of its own, locked (a hold placed at the same
 * moment waits, then the purge sees it, or the hold finds the record shredded), asked again of the policy, then
 * crypto-shredded through the vault and written in the audit log with its case, jurisdictions and dates.
 */
@ApplicationScoped
public class EvidencePurge {

    /** The actor of the purge in custody and audit entries. */
    public static final String ACTOR = "system";
    static final int PAGE = 100;

    /** What one purge did, for the job's log. */
    public record Purged(long recordId, long caseId, Instant purgeAfter) {
    }

    @Inject
    RetentionRepository repository;

    @Inject
    EvidenceRepository records;

    @Inject
    EvidenceVault vault;

    @Inject
    RetentionPolicy policy;

    @Inject
    AuditLog audit;

    /** Records after {@code afterId} that may be due at {@code now}, a page at a time; nothing is written. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> candidates(Instant now, long afterId) {
        return repository.purgeCandidates(now, afterId, PAGE);
    }

    /** Shreds the record if, under its lock, it is due at {@code now}; empty when it is not (or no longer) due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Purged> purgeIfDue(long recordId, Instant now) {
        Optional<EvidenceRecord> locked = records.lock(recordId);
        if (locked.isEmpty() || !locked.get().isSealed()) {
            return Optional.empty();
        }
        EvidenceRecord record = locked.get();
        List<StartedClock> clocks = repository.clocksOf(recordId);
        RetentionStatus status = policy.status(clocks, repository.activeHoldsOf(recordId).size(), now);
        if (!status.purgeDue()) {
            return Optional.empty();
        }
        String laws = policy.applicable().stream().map(jurisdiction -> jurisdiction + " (" + jurisdiction.statute()
                + ", " + policy.period(jurisdiction) + ")").collect(Collectors.joining(", "));
        vault.shred(recordId, ACTOR, "retention ran out on " + status.purgeAfter() + ": " + laws);
        audit.record(ACTOR, "evidence.retention.purged", CustodyLog.subjectOf(record), "record " + recordId
                + " of case " + record.caseId() + " sealed " + record.sealedAt() + "; " + laws + "; clocks "
                + clocks.stream().map(clock -> clock.jurisdiction() + " from " + clock.startedAt() + " to "
                        + clock.purgeAfter()).collect(Collectors.joining(", "))
                + "; purge due " + status.purgeAfter() + ", purged " + now);
        return Optional.of(new Purged(recordId, record.caseId(), status.purgeAfter()));
    }
}
