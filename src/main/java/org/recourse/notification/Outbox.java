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
import org.recourse.platform.outbox.OutboxStatus;

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
        if (exists(key)) {
            return false;
        }
        em.persist(OutboxMessage.mail(key, recipient, subject, body, clock.instant()));
        return true;
    }

    /**
     * Stores a mail to a reporter (see {@link OutboxMessage#reporterMail}), unless one with the same key was stored
     * before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueueReporterMail(DedupeKey key, String recipient, String subject, String body,
            String unsubscribeUrl) {
        if (exists(key)) {
            return false;
        }
        em.persist(OutboxMessage.reporterMail(key, recipient, subject, body, unsubscribeUrl, clock.instant()));
        return true;
    }

    /**
     * Deletes these reporter mails if they are not sent yet (a reporter withdrew consent, or their address reached
     * the end of its retention): nothing more goes to an address that is being deleted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int discardUnsent(java.util.Collection<DedupeKey> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        return em.createQuery("""
                        delete from OutboxMessage m where m.dedupeKey in :keys and m.state.status <> :sent
                        and m.audience = :reporter""")
                .setParameter("keys", keys.stream().map(DedupeKey::value).toList())
                .setParameter("sent", OutboxStatus.SENT)
                .setParameter("reporter", OutboxMessage.Audience.REPORTER)
                .executeUpdate();
    }

    /** Whether a message with this key was stored already (sent or not). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isQueued(DedupeKey key) {
        return exists(key);
    }

    private boolean exists(DedupeKey key) {
        return em.createQuery("select count(m) from OutboxMessage m where m.dedupeKey = :key", Long.class)
                .setParameter("key", key.value())
                .getSingleResult() > 0;
    }

    /**
     * Messages that wait or gave up, the dead first: what an admin may need to act on. A reporter's address is not
     * even read: the page says only that the mail is for a reporter.
     */
    @Transactional
    public List<OutboxEntry> needingAttention(int max) {
        return em.createQuery("""
                        select new org.recourse.notification.OutboxEntry(m.id,
                               case when m.audience = :reporter then null else m.recipient end, m.subject,
                               m.state.status, m.state.attempts, m.state.nextAttemptAt, m.state.lastError,
                               m.createdAt)
                        from OutboxMessage m where m.state.status <> :sent
                        order by case when m.state.status = :dead then 0 else 1 end, m.state.nextAttemptAt, m.id""",
                        OutboxEntry.class)
                .setParameter("sent", OutboxStatus.SENT)
                .setParameter("dead", OutboxStatus.DEAD)
                .setParameter("reporter", OutboxMessage.Audience.REPORTER)
                .setMaxResults(max)
                .getResultList();
    }

    /** An admin sends a dead message again; false if it is not (or no longer) dead. Audited. */
    @Transactional
    public boolean retry(long id, String admin) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.state().status() != OutboxStatus.DEAD) {
            return false;
        }
        int attempts = message.state().attempts();
        message.retry(clock.instant());
        audit.record(admin, "outbox.retried", "outbox:" + id,
                "dead after " + attempts + " attempt(s): " + message.state().lastError());
        return true;
    }
}
