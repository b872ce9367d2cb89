package org.recourse.performers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AuditLog;

/**
 * The platform's performer records: registered, read back, linked to content, a lost reference replaced, and
 * withdrawn ({@link ConsentWithdrawal} does what a withdrawal sets off). Every change is audited, by record id only.
 */
@ApplicationScoped
public class PerformerRecords {

    @Inject
    PerformerRecordRepository records;

    @Inject
    ConsentWithdrawal withdrawal;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Registers a record in force. The same record again (same facts) is a retry and changes nothing (its content ids
     * are linked); other facts under the same id are refused, because a record a past upload rested on is never
     * rewritten: a new verification or consent is a new record.
     *
     * @throws RecordConflictException if the id is registered with other facts (nothing is stored)
     */
    @Transactional
    public Registered register(PerformerRegistration registration, String actor) {
        Optional<PerformerRecord> existing = records.lock(registration.recordId());
        if (existing.isPresent()) {
            PerformerRecord record = existing.get();
            if (!record.sameFacts(registration)) {
                throw new RecordConflictException(registration.recordId());
            }
            linkTo(record, registration.content(), actor);
            return new Registered(state(record), null, false);
        }
        WithdrawalReference reference = WithdrawalReference.generate();
        PerformerRecord record = PerformerRecord.register(registration, reference, actor, clock.instant());
        records.add(record);
        audit.record(actor, "performer.registered", subject(record), record.verification().method().code()
                + ", consent " + record.consent().form().code() + ", " + record.content().size() + " item(s)");
        return new Registered(state(record), reference, true);
    }

    @Transactional
    public Optional<RecordState> state(String recordId) {
        return records.find(recordId).map(this::state);
    }

    /**
     * Links content to a record in force.
     *
     * @throws UnknownRecordException if there is no such record
     * @throws RecordWithdrawnException if its consent was withdrawn
     */
    @Transactional
    public RecordState link(String recordId, List<String> platformContentIds, String actor) {
        PerformerRecord record = records.lock(recordId).orElseThrow(() -> new UnknownRecordException(recordId));
        linkTo(record, platformContentIds, actor);
        return state(record);
    }

    private void linkTo(PerformerRecord record, List<String> platformContentIds, String actor) {
        if (record.status() == RecordStatus.WITHDRAWN && !platformContentIds.isEmpty()) {
            throw new RecordWithdrawnException(record.recordId());
        }
        List<String> added = record.link(platformContentIds);
        if (!added.isEmpty()) {
            audit.record(actor, "performer.content.linked", subject(record), added.size() + " item(s)");
        }
    }

    /**
     * A new withdrawal reference for a record in force; the old one stops working at once.
     *
     * @throws UnknownRecordException if there is no such record
     * @throws RecordWithdrawnException if its consent was withdrawn
     */
    @Transactional
    public WithdrawalReference reissue(String recordId, String actor) {
        PerformerRecord record = records.lock(recordId).orElseThrow(() -> new UnknownRecordException(recordId));
        if (record.status() == RecordStatus.WITHDRAWN) {
            throw new RecordWithdrawnException(recordId);
        }
        WithdrawalReference reference = WithdrawalReference.generate();
        record.reissue(reference);
        audit.record(actor, "performer.reference.reissued", subject(record), "the previous reference stops working");
        return reference;
    }

    /**
     * The platform withdraws a person's consent on their behalf (they asked the platform). Done again, it changes
     * nothing and says when it was done.
     *
     * @throws UnknownRecordException if there is no such record
     */
    @Transactional
    public Withdrawal withdrawByPlatform(String recordId, String actor) {
        PerformerRecord record = records.lock(recordId).orElseThrow(() -> new UnknownRecordException(recordId));
        return withdrawal.withdraw(record, WithdrawalChannel.API, actor);
    }

    /** The person withdraws on the public page with their reference; empty if no record has it. */
    @Transactional
    public Optional<Withdrawal> withdrawByReference(WithdrawalReference reference) {
        return records.lockByReference(reference)
                .map(record -> withdrawal.withdraw(record, WithdrawalChannel.PUBLIC_PAGE, "person-shown"));
    }

    private RecordState state(PerformerRecord record) {
        return RecordState.of(record, LocalDate.now(clock));
    }

    static String subject(PerformerRecord record) {
        return "performer:" + record.recordId();
    }
}
