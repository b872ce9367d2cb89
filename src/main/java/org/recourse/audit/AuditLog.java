package org.recourse.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Appends to the audit log, in the caller's transaction, so an action and its audit row commit or roll back
 * together. Appends are serialised by locking the single row of {@code audit_head}, which holds the last id and
 * hash: on one node or many, the chain never forks.
 */
@ApplicationScoped
public class AuditLog {

    /** The result of checking the chain: intact, or the first row that does not fit. */
    public record Verification(boolean intact, long rowsChecked, Long firstBrokenId, String problem) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String actor, String action, String subject, String detail) {
        Object[] head = (Object[]) em.createNativeQuery(
                        "select last_id, last_hash from audit_head where id = 1 for update")
                .getSingleResult();
        long id = ((Number) head[0]).longValue() + 1;
        AuditEvent event = new AuditEvent(id, clock.instant(), actor, action, subject,
                detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000), (String) head[1]);
        em.persist(event);
        em.createNativeQuery("update audit_head set last_id = ?1, last_hash = ?2 where id = 1")
                .setParameter(1, id).setParameter(2, event.hash()).executeUpdate();
        return event;
    }

    /** Starts a transaction of its own: for events outside any (e.g. a failed sign-in that changes nothing else). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEvent recordNow(String actor, String action, String subject, String detail) {
        return record(actor, action, subject, detail);
    }

    /** Recomputes the whole chain in id order, in pages, and names the first row that was altered or follows a gap. */
    @Transactional
    public Verification verify() {
        String previous = AuditEvent.GENESIS;
        long expectedId = 1;
        long checked = 0;
        int page = 1_000;
        while (true) {
            List<AuditEvent> rows = em.createQuery("select e from AuditEvent e where e.id >= :from order by e.id",
                    AuditEvent.class).setParameter("from", expectedId).setMaxResults(page).getResultList();
            for (AuditEvent row : rows) {
                Optional<String> problem = problemWith(row, expectedId, previous);
                if (problem.isPresent()) {
                    return new Verification(false, checked, row.id(), problem.get());
                }
                previous = row.hash();
                expectedId = row.id() + 1;
                checked++;
                em.detach(row);
            }
            if (rows.size() < page) {
                return checkHead(checked, expectedId, previous);
            }
        }
    }

    /** The chain's last row must be the one the head points to: otherwise rows were cut off the end. */
    private Verification checkHead(long checked, long nextId, String lastHash) {
        Object[] head = (Object[]) em.createNativeQuery("select last_id, last_hash from audit_head where id = 1")
                .getSingleResult();
        long lastId = ((Number) head[0]).longValue();
        if (lastId != nextId - 1 || !lastHash.equals(head[1])) {
            return new Verification(false, checked, nextId, "The log ends at row " + (nextId - 1)
                    + " but row " + lastId + " was written: the rows after it were removed or changed.");
        }
        return new Verification(true, checked, null, null);
    }

    private static Optional<String> problemWith(AuditEvent row, long expectedId, String previous) {
        if (row.id() != expectedId) {
            return Optional.of("Rows " + expectedId + " to " + (row.id() - 1) + " are missing.");
        }
        if (!row.previousHash().equals(previous)) {
            return Optional.of("Its link to the row before does not match.");
        }
        if (!row.hash().equals(row.computeHash())) {
            return Optional.of("Its content was changed after it was written.");
        }
        return Optional.empty();
    }

    @Transactional
    public List<AuditEvent> latest(int max) {
        return em.createQuery("select e from AuditEvent e order by e.id desc", AuditEvent.class)
                .setMaxResults(max).getResultList();
    }
}
