package org.recourse.performers;

import java.time.Instant;
import java.util.List;

/**
 * A record as the platform may read it back: the facts it registered, whether it is in force today, the content linked
 * and, once withdrawn, when and how. Never the withdrawal reference (only its hash is kept).
 */
public record RecordState(String recordId, RecordStatus status, boolean inForce, Verification verification,
        Consent consent, Instant registeredAt, Instant withdrawnAt, WithdrawalChannel withdrawnVia,
        List<String> content) {

    static RecordState of(PerformerRecord record, java.time.LocalDate today) {
        return new RecordState(record.recordId(), record.status(), record.inForceOn(today), record.verification(),
                record.consent(), record.registeredAt(), record.withdrawnAt(), record.withdrawnVia(),
                record.content());
    }
}
