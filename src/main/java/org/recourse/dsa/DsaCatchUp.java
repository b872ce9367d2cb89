package org.recourse.dsa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.recourse.statements.StatementRepository;

/**
 * Queues statements issued while the submission was off (art. 24(5) wants every statement in the database, late rather
 * than never). Each run takes a bounded number, oldest first, in one short transaction; a statement queued meanwhile
 * by the event is skipped (the row is unique per statement version).
 */
@ApplicationScoped
public class DsaCatchUp {

    static final int PER_RUN = 500;

    @Inject
    DsaRepository repository;

    @Inject
    StatementRepository statements;

    @Inject
    DsaStatements submissions;

    @Inject
    DsaSettings settings;

    /** Returns how many statements were queued. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int queueMissing() {
        if (!settings.enabled()) {
            return 0;
        }
        int queued = 0;
        for (long id : repository.statementsNotQueued(PER_RUN)) {
            if (statements.find(id).flatMap(submissions::queue).isPresent()) {
                queued++;
            }
        }
        return queued;
    }
}
