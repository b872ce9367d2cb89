package org.recourse.evidence.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recourse.evidence.EvidenceRecord;
import org.recourse.evidence.EvidenceStatus;
import org.recourse.evidence.retention.RetentionStatus;
import org.recourse.evidence.retention.RetentionStatuses;

/**
 * What status the LEGAL pages and API give a record: the one place to decide, shared by the list, the details and
 * the API, so they never disagree. In this order: shredded; held (an active legal hold: nothing purges it); purge due
 * (every applicable retention clock has run out, no hold: the next purge shreds it); reported (sent to a hotline or
 * police: its chain of custody says so); otherwise sealed. Retention's answer is {@link RetentionStatuses}', so the
 * list and the purge never disagree either.
 */
@ApplicationScoped
public class RecordStatuses {

    /** More purge-due records than this means the purge is failing; the filter shows the first ones. */
    static final int MAX_PURGE_DUE = 10_000;

    @Inject
    RetentionStatuses retention;

    @Inject
    LegalRecordRepository queries;

    /** The record's status on the LEGAL pages. */
    public LegalStatus of(EvidenceRecord record) {
        return of(List.of(record)).get(record.id());
    }

    /** The statuses of a page of records, in a few queries whatever its length. */
    public Map<Long, LegalStatus> of(Collection<EvidenceRecord> records) {
        List<Long> sealed = records.stream().filter(EvidenceRecord::isSealed).map(EvidenceRecord::id).toList();
        Map<Long, RetentionStatus> kept = sealed.isEmpty() ? Map.of() : retention.of(sealed);
        Set<Long> reported = queries.reportedAmong(sealed);
        Map<Long, LegalStatus> statuses = new HashMap<>();
        for (EvidenceRecord record : records) {
            statuses.put(record.id(), statusOf(record, kept.get(record.id()), reported.contains(record.id())));
        }
        return statuses;
    }

    static LegalStatus statusOf(EvidenceRecord record, RetentionStatus retention, boolean reported) {
        if (record.status() == EvidenceStatus.SHREDDED) {
            return LegalStatus.SHREDDED;
        }
        if (retention != null && retention.state() == RetentionStatus.State.HELD) {
            return LegalStatus.HELD;
        }
        if (retention != null && retention.purgeDue()) {
            return LegalStatus.PURGE_DUE;
        }
        return reported ? LegalStatus.REPORTED : LegalStatus.SEALED;
    }

    /** The statuses the list can be filtered by: every one. */
    public Set<LegalStatus> filterable() {
        return EnumSet.allOf(LegalStatus.class);
    }

    /**
     * The ids of the records in this status, newest first (purge due: in id order), for a status the vault does not
     * know by itself; each query narrows to candidates and the rule above decides, so a filtered row shows the same
     * status as the unfiltered list.
     */
    List<Long> idsIn(LegalStatus status) {
        return switch (status) {
            case HELD -> queries.held();
            case PURGE_DUE -> retention.purgeDueIds(MAX_PURGE_DUE);
            case REPORTED -> {
                Set<Long> due = Set.copyOf(retention.purgeDueIds(MAX_PURGE_DUE));
                yield queries.reportedNotHeld().stream().filter(id -> !due.contains(id)).toList();
            }
            case SEALED -> queries.sealedOnly();
            case SHREDDED -> throw new IllegalArgumentException("Shredded records are listed by the vault's status");
        };
    }
}
