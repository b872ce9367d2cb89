package org.recourse.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.recourse.platform.mail.MailFailure;
import org.recourse.platform.outbox.OutboxStatus;

/**
 * The dispatcher's side of the outbox, each step in a short transaction of its own: claim due messages, then record
 * how each attempt went. Nothing is held locked while a mail is on the wire.
 */
@ApplicationScoped
public class OutboxClaims {

    @PersistenceContext
    EntityManager em;

    /**
     * Claims up to {@code max} due messages. The rows are taken with {@code for update skip locked} (PostgreSQL, and
     * H2 since 2.2), so a node never waits for, nor gets, rows another node is claiming; the claim then pushes each
     * message's next attempt past the time its sending can take, and commits at once. From then on no other node
     * sees the messages as due.
     *
     * <p>No {@code order by}: H2 would then lock every matching row before sorting, and a second node would find
     * nothing free. Which due message goes first does not matter, as a run claims batch after batch until none is due.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ClaimedMail> claimDue(Instant now, int max, Duration claimFor) {
        List<Long> ids = ((List<?>) em.createNativeQuery("""
                        select id from outbox_message where status = 'PENDING' and next_attempt_at <= ?1
                        limit ?2 for update skip locked""")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, max)
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<OutboxMessage> claimed = em.createQuery("select m from OutboxMessage m where m.id in :ids order by m.id",
                        OutboxMessage.class)
                .setParameter("ids", ids)
                .getResultList();
        claimed.forEach(message -> message.claim(now, claimFor));
        return claimed.stream().map(ClaimedMail::of).toList();
    }

    /**
     * The SMTP server answered again: the messages that wait only because it could not be reached are due now, instead
     * of at the end of a backoff that grew while it was down (up to an hour). One the server itself refused keeps its
     * wait. Only waits longer than a claim are shortened: a message claimed by a node sending it right now is due
     * again at most a claim from now, so it is never made due twice (as {@code WebhookClaims.resume}). Returns how
     * many messages were brought forward.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int resume(Instant now, Duration claimFor) {
        return em.createNativeQuery("update outbox_message set next_attempt_at = ?1"
                        + " where status = 'PENDING' and next_attempt_at > ?2"
                        + " and (last_error like ?3 or last_error like ?4)")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, OffsetDateTime.ofInstant(now.plus(claimFor), ZoneOffset.UTC))
                .setParameter(3, MailFailure.UNREACHABLE_KINDS.get(0))
                .setParameter(4, MailFailure.UNREACHABLE_KINDS.get(1))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(long id, Instant now) {
        em.find(OutboxMessage.class, id).delivered(now);
    }

    /** Records a failed attempt; true if the message is now given up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long id, Instant now, String reason, RetryPolicy policy) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        message.failed(now, reason, policy);
        return message.state().status() == OutboxStatus.DEAD;
    }
}
