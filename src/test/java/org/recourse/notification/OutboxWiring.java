package org.recourse.notification;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.recourse.audit.AuditLog;
import org.recourse.testing.JpaDatabase;

/** Wires the outbox's services by hand for service tests outside the container (also used by other packages). */
public final class OutboxWiring {

    private OutboxWiring() {
    }

    /** The outbox working in whatever transaction the caller has open on {@code em}. */
    public static Outbox outbox(EntityManager em, Clock clock, AuditLog audit) {
        Outbox outbox = new Outbox();
        outbox.em = em;
        outbox.clock = clock;
        outbox.audit = audit;
        return outbox;
    }

    /** Claims that work in the caller's transaction, to test what two transactions open at once do. */
    static OutboxClaims claims(EntityManager em) {
        OutboxClaims claims = new OutboxClaims();
        claims.em = em;
        return claims;
    }

    /** Claims whose every call is a transaction of its own, as {@code REQUIRES_NEW} makes them in the container. */
    static OutboxClaims ownTransactions(EntityManager em) {
        OutboxClaims claims = new OutboxClaims() {
            @Override
            public List<ClaimedMail> claimDue(Instant now, int max, Duration claimFor) {
                return JpaDatabase.inTransaction(em, () -> super.claimDue(now, max, claimFor));
            }

            @Override
            public void delivered(long id, Instant now) {
                JpaDatabase.inTransaction(em, () -> super.delivered(id, now));
            }

            @Override
            public boolean failed(long id, Instant now, String reason, RetryPolicy policy) {
                return JpaDatabase.inTransaction(em, () -> super.failed(id, now, reason, policy));
            }

            @Override
            public int resume(Instant now, Duration claimFor) {
                return JpaDatabase.inTransaction(em, () -> super.resume(now, claimFor));
            }
        };
        claims.em = em;
        return claims;
    }
}
