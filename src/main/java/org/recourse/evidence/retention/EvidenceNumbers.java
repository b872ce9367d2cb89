package org.recourse.evidence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.recourse.evidence.EvidenceRepository;
import org.recourse.evidence.EvidenceStatus;

/** The vault's numbers for the dashboard's tile and the metrics: one place, so they never disagree. */
@ApplicationScoped
public class EvidenceNumbers {

    @Inject
    EvidenceRepository records;

    @Inject
    RetentionStatuses retention;

    /** Records sealed and not shredded. */
    @Transactional
    public long sealed() {
        return records.counts().get(EvidenceStatus.SEALED);
    }

    /** Records shredded (purged or by hand). */
    @Transactional
    public long shredded() {
        return records.counts().get(EvidenceStatus.SHREDDED);
    }

    /** Active legal holds. */
    public long activeHolds() {
        return retention.activeHolds();
    }

    /** Records the purge would shred now, counted up to {@link EvidenceGauges#MAX_COUNTED}. */
    public long purgesDue() {
        return retention.purgesDue(EvidenceGauges.MAX_COUNTED);
    }
}
