package org.recourse.evidence.legal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import org.recourse.evidence.EvidenceRecord;
import org.recourse.evidence.EvidenceStatus;

/**
 * What status the LEGAL pages and API give a record: the one place to decide, shared by the list, the details and
 * the API, so they never disagree.
 *
 * <p>HOOK for the merge of issue 14's parts: today the vault offers sealed and shredded only. When the retention part
 * (holds, purge dates) and the hotline part (reports sent) are in, {@link #of} answers held (an active hold), then
 * purge due (past its date, not held), then reported (a report or notification sent), then sealed; and
 * {@link #filterable} offers those statuses in the list's filter (with {@link LegalDesk#list} asking their queries).
 */
@ApplicationScoped
public class RecordStatuses {

    /** The record's status on the LEGAL pages. */
    public LegalStatus of(EvidenceRecord record) {
        return record.status() == EvidenceStatus.SHREDDED ? LegalStatus.SHREDDED : LegalStatus.SEALED;
    }

    /** The statuses the list can be filtered by. */
    public Set<LegalStatus> filterable() {
        return EnumSet.of(LegalStatus.SEALED, LegalStatus.SHREDDED);
    }

    /** The vault's own status a filter by this status reads (for those {@link #filterable} offers). */
    EvidenceStatus vaultStatus(LegalStatus status) {
        return status == LegalStatus.SHREDDED ? EvidenceStatus.SHREDDED : EvidenceStatus.SEALED;
    }
}
