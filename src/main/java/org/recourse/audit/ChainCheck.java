package org.recourse.audit;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Walks the audit chain in id order, a page at a time, and finds the first row that does not fit: a gap in the ids
 * (rows deleted), a link that is not the row before's hash, or a hash that is not the row's own. The hash function is
 * given: the keyed one for verification, the old unkeyed one when old rows are sealed.
 */
final class ChainCheck {

    static final int PAGE = 1_000;

    /** What the head row says: the last id and hash written, and the scheme the rows are sealed under. */
    record Head(long lastId, String lastHash, int version) {
    }

    private ChainCheck() {
    }

    /**
     * Checks every row, and at the end that the last row is the one the head names (otherwise rows were cut off the
     * end). Rows are detached once checked, so a long log is read in constant memory.
     */
    static AuditLog.Verification walk(EntityManager em, Head head, Function<AuditEvent, String> hashOf) {
        String previous = AuditEvent.GENESIS;
        long expectedId = 1;
        long checked = 0;
        while (true) {
            List<AuditEvent> rows = em.createQuery("select e from AuditEvent e where e.id >= :from order by e.id",
                    AuditEvent.class).setParameter("from", expectedId).setMaxResults(PAGE).getResultList();
            for (AuditEvent row : rows) {
                Optional<AuditLog.Verification> broken = problemWith(row, expectedId, previous, hashOf, checked);
                if (broken.isPresent()) {
                    return broken.get();
                }
                previous = row.hash();
                expectedId = row.id() + 1;
                checked++;
                em.detach(row);
            }
            if (rows.size() < PAGE) {
                if (head.lastId() != expectedId - 1 || !previous.equals(head.lastHash())) {
                    return AuditLog.Verification.broken(checked, expectedId, AuditLog.Problem.CUT_OFF,
                            expectedId - 1, head.lastId());
                }
                return AuditLog.Verification.intact(checked);
            }
        }
    }

    private static Optional<AuditLog.Verification> problemWith(AuditEvent row, long expectedId, String previous,
            Function<AuditEvent, String> hashOf, long checked) {
        if (row.id() != expectedId) {
            return Optional.of(AuditLog.Verification.broken(checked, row.id(), AuditLog.Problem.MISSING, expectedId,
                    row.id() - 1));
        }
        if (!row.previousHash().equals(previous)) {
            return Optional.of(AuditLog.Verification.broken(checked, row.id(), AuditLog.Problem.LINK));
        }
        if (!row.hash().equals(hashOf.apply(row))) {
            return Optional.of(AuditLog.Verification.broken(checked, row.id(), AuditLog.Problem.ALTERED));
        }
        return Optional.empty();
    }
}
