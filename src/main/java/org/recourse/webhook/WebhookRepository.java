package org.recourse.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.recourse.platform.outbox.OutboxStatus;

/**
 * Stores and finds what admins manage: the endpoints, and the deliveries that gave up. (Queueing and claiming
 * deliveries is the outbox's own, in {@link WebhookOutbox} and {@link WebhookClaims}.) In the caller's transaction.
 */
@ApplicationScoped
public class WebhookRepository {

    @PersistenceContext
    EntityManager em;

    /** Stores a new endpoint and writes it at once, so that it has its id (the audit names it). */
    public void add(WebhookEndpoint endpoint) {
        em.persist(endpoint);
        em.flush();
    }

    /** The endpoint, locked for the rest of the transaction: two admins pausing or resuming it do it in turn. */
    public Optional<WebhookEndpoint> lockEndpoint(long id) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<WebhookEndpoint> endpoints() {
        return em.createQuery("select e from WebhookEndpoint e order by e.id", WebhookEndpoint.class).getResultList();
    }

    /** At most {@code max} dead deliveries, oldest first, each with its endpoint. */
    public List<WebhookDelivery> dead(int max) {
        return em.createQuery("""
                        select d from WebhookDelivery d join fetch d.endpoint
                        where d.state.status = :dead order by d.id""", WebhookDelivery.class)
                .setParameter("dead", OutboxStatus.DEAD)
                .setMaxResults(max)
                .getResultList();
    }

    /** The delivery, locked for the rest of the transaction: two admins retrying it at once send it again once. */
    public Optional<WebhookDelivery> lockDelivery(long id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
