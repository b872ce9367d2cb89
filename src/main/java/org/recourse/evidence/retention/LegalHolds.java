package org.recourse.evidence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.recourse.audit.AuditLog;
import org.recourse.evidence.CustodyAction;
import org.recourse.evidence.CustodyLog;
import org.recourse.evidence.EvidenceRecord;
import org.recourse.evidence.EvidenceRepository;
import org.recourse.evidence.EvidenceVault;
import org.recourse.platform.validation.FieldProblem;

/**
 * Places, reviews and releases legal holds: loads the record (locked, so a purge running at the same moment waits and
 * then sees the hold), asks the hold, stores it and writes it in the record's chain of custody, which also audits it.
 */
@ApplicationScoped
public class LegalHolds {

    @Inject
    RetentionRepository repository;

    @Inject
    EvidenceRepository records;

    @Inject
    CustodyLog custody;

    @Inject
    Clock clock;

    @Inject
    RetentionPolicy policy;

    @Inject
    EvidenceVault vault;

    @Inject
    AuditLog audit;

    /**
     * Places a hold on a sealed record.
     *
     * @throws HoldRefusedException if the actor is not LEGAL, a field is wrong, or there is no sealed record
     */
    @Transactional
    public LegalHold place(long recordId, HoldRequest request, LegalActor actor) {
        actor.requireLegal();
        // What was typed first, every field at once, before the record is even looked up.
        List<FieldProblem> problems = request.problems(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (!problems.isEmpty()) {
            throw new HoldRefusedException(problems);
        }
        EvidenceRecord record = sealedRecord(recordId);
        LegalHold hold = LegalHold.place(record.id(), request, actor, clock.instant());
        repository.add(hold);
        repository.flushed();
        custody.record(record.id(), actor.username(), CustodyAction.HELD, "hold " + hold.id() + " for "
                + hold.requester() + (hold.requesterReference() == null ? "" : " (" + hold.requesterReference() + ")")
                + ", review on " + hold.reviewOn() + ": " + hold.reason());
        return hold;
    }

    /**
     * Releases a hold with a reason; the record's clocks apply again.
     *
     * @throws HoldRefusedException if the actor is not LEGAL, the hold is unknown or released, or the reason wrong
     */
    @Transactional
    public LegalHold release(long holdId, String reason, LegalActor actor) {
        actor.requireLegal();
        LegalHold hold = lockedHold(holdId);
        hold.release(actor, reason, clock.instant());
        custody.record(hold.recordId(), actor.username(), CustodyAction.RELEASED, "hold " + hold.id() + " of "
                + hold.requester() + " released: " + hold.releaseReason());
        return hold;
    }

    /**
     * Keeps a hold until a new review date, after a review.
     *
     * @throws HoldRefusedException if the actor is not LEGAL, the hold is unknown or released, or the date wrong
     */
    @Transactional
    public LegalHold reviewAgainOn(long holdId, LocalDate date, LegalActor actor) {
        actor.requireLegal();
        LegalHold hold = lockedHold(holdId);
        LocalDate before = hold.reviewOn();
        hold.reviewAgainOn(date, actor, clock.instant());
        custody.record(hold.recordId(), actor.username(), CustodyAction.HELD, "hold " + hold.id()
                + " reviewed and kept: review moved from " + before + " to " + hold.reviewOn());
        return hold;
    }

    /**
     * A LEGAL user shreds a record by hand, saying why: a record no law keeps (never reported, or no jurisdiction
     * applies), or one whose clocks ran out before the purge came by. Crypto-shredded through the vault, which writes
     * it in the custody; the retention status it had is audited beside it.
     *
     * @throws HoldRefusedException if the actor is not LEGAL, the reason is wrong, the record is unknown or shredded,
     *     held, or a clock of an applicable jurisdiction still runs
     */
    @Transactional
    public void shredByHand(long recordId, String reason, LegalActor actor) {
        actor.requireLegal();
        List<FieldProblem> problems = HoldRequest.reasonProblems("shredReason", reason);
        if (!problems.isEmpty()) {
            throw new HoldRefusedException(problems);
        }
        EvidenceRecord record = sealedRecord(recordId);
        List<StartedClock> clocks = repository.clocksOf(recordId);
        int held = repository.activeHoldsOf(recordId).size();
        policy.handShredRefusal(clocks, held, clock.instant()).ifPresent(refusal -> {
            throw new HoldRefusedException(refusal);
        });
        RetentionStatus status = policy.status(clocks, held, clock.instant());
        vault.shred(record.id(), actor.username(), "by hand: " + HoldRequest.strip(reason));
        audit.record(actor.username(), "evidence.retention.shredByHand", CustodyLog.subjectOf(record),
                "record " + record.id() + " of case " + record.caseId() + ", retention " + status.state()
                        + (status.purgeAfter() == null ? "" : " (purge after " + status.purgeAfter() + ")")
                        + ", waiting for " + status.waitingFor() + ": " + HoldRequest.strip(reason));
    }

    /** Active holds, overdue ones first, then by review date. */
    @Transactional
    public List<LegalHold> active(int max) {
        return repository.activeHolds(max);
    }

    /** Every hold of a record, newest first. */
    @Transactional
    public List<LegalHold> of(long recordId) {
        return repository.holdsOf(recordId);
    }

    /** The case of each of these records, for the holds list, in one query. */
    @Transactional
    public java.util.Map<Long, Long> casesOf(java.util.Collection<Long> recordIds) {
        return repository.casesOf(recordIds);
    }

    /** The case a record belongs to, for the holds list (empty for an unknown record). */
    @Transactional
    public java.util.Optional<Long> caseOf(long recordId) {
        return records.find(recordId).map(EvidenceRecord::caseId);
    }

    private EvidenceRecord sealedRecord(long recordId) {
        EvidenceRecord record = records.lock(recordId)
                .orElseThrow(() -> new HoldRefusedException("evidence.holds.error.noRecord"));
        if (!record.isSealed()) {
            throw new HoldRefusedException("evidence.holds.error.shredded");
        }
        return record;
    }

    /** The hold's record first, then the hold: the order the purge locks in, so the two never deadlock. */
    private LegalHold lockedHold(long holdId) {
        long recordId = repository.recordOfHold(holdId)
                .orElseThrow(() -> new HoldRefusedException("evidence.holds.error.noHold"));
        records.lock(recordId);
        return repository.lockHold(holdId).orElseThrow(() -> new HoldRefusedException("evidence.holds.error.noHold"));
    }
}
