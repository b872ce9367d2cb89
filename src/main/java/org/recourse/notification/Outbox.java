package org.recourse.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.recourse.audit.AuditLog;

/**
 * Where features put the mail they want sent. A message is stored in the caller's transaction, so it exists exactly
 * when the change that caused it was committed; {@link OutboxDispatcher} sends it later.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /**
     * Stores a mail, unless one with the same key was stored before (then nothing happens and false is returned).
     * Two transactions storing the same key at the same moment cannot both commit: the unique key refuses the second.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueueMail(DedupeKey key, String recipient, String subject, String body) {
        long existing = em.createQuery("select count(m) from OutboxMessage m where m.dedupeKey = :key", Long.class)
                .setParameter("key", key.value())
                .getSingleResult();
        if (existing > 0) {
            return false;
        }
        em.persist(OutboxMessage.mail(key, recipient, subject, body, clock.instant()));
        return true;
    }

    /** Messages that wait or gave up, the dead first: what an admin may need to act on. */
    @Transactional
    public List<OutboxEntry> needingAttention(int max) {
        return em.createQuery("""
                        select new org.recourse.notification.OutboxEntry(m.id, m.recipient, m.subject, m.status,
                               m.attempts, m.nextAttemptAt, m.lastError, m.createdAt)
                        from OutboxMessage m where m.status <> :sent
                        order by case when m.status = :dead then 0 else 1 end, m.nextAttemptAt, m.id""",
                        OutboxEntry.class)
                .setParameter("sent", OutboxStatus.SENT)
                .setParameter("dead", OutboxStatus.DEAD)
                .setMaxResults(max)
                .getResultList();
    }

    /** An admin sends a dead message again; false if it is not (or no longer) dead. Audited. */
    @Transactional
    public boolean retry(long id, String admin) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.status() != OutboxStatus.DEAD) {
            return false;
        }
        int attempts = message.attempts();
        message.retry(clock.instant());
        audit.record(admin, "outbox.retried", "outbox:" + id,
                "dead after " + attempts + " attempt(s): " + message.lastError());
        return true;
    }
}
