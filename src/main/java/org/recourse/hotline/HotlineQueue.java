package org.recourse.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.recourse.evidence.EvidenceSealed;

/**
 * Queues a sealed record's report to each hotline with an API that is turned on (NCMEC's CyberTipline), in the
 * transaction that sealed it: a decision that commits has its report queued, one that rolls back has neither. Once
 * per record and hotline: a second seal of the same record queues nothing more (and the database refuses a second).
 */
@ApplicationScoped
public class HotlineQueue {

    @Inject
    HotlineRepository repository;

    @Inject
    HotlineSettings settings;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void sealed(@Observes EvidenceSealed sealed) {
        if (!settings.ncmecEnabled() || repository.find(sealed.recordId(), HotlineSettings.NCMEC).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        repository.add(new HotlineReport(sealed.recordId(), sealed.caseId(), sealed.itemId(), HotlineSettings.NCMEC,
                sealed.imminentDanger(), now, settings.retryPolicy().deadlineFor(now)));
    }
}
