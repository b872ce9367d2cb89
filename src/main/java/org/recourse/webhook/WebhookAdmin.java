package org.recourse.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.recourse.audit.AuditLog;
import org.recourse.platform.outbox.OutboxStatus;

/** What admins do with webhooks: register and pause endpoints, see deliveries that gave up, retry them. Audited. */
@ApplicationScoped
public class WebhookAdmin {

    /** An endpoint just registered, with its secret: shown once. */
    public record Registered(WebhookEndpoint endpoint, String secret) {
    }

    /** A delivery that gave up, as the dead-letter list shows it. */
    public record Dead(long id, String endpointUrl, String eventType, String eventId, String orderingKey, int attempts,
            String lastError, Integer lastStatus, Instant createdAt, Instant deadlineAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    /** Registers an endpoint with the platform's own secret, or a new random one if none is given. */
    @Transactional
    public Registered register(String admin, String url, String secret) {
        String chosen = secret == null || secret.isBlank() ? newSecret() : secret.strip();
        WebhookEndpoint endpoint = new WebhookEndpoint(url, chosen, admin, clock.instant());
        em.persist(endpoint);
        em.flush();
        audit.record(admin, "webhook.registered", "webhook:" + endpoint.id(), endpoint.url());
        return new Registered(endpoint, chosen);
    }

    @Transactional
    public void setActive(String admin, long id, boolean active) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (endpoint == null || endpoint.isActive() == active) {
            return;
        }
        if (active) {
            endpoint.activate();
        } else {
            endpoint.deactivate();
        }
        audit.record(admin, active ? "webhook.resumed" : "webhook.paused", "webhook:" + id, endpoint.url());
    }

    @Transactional
    public List<WebhookEndpoint> endpoints() {
        return em.createQuery("select e from WebhookEndpoint e order by e.id", WebhookEndpoint.class).getResultList();
    }

    @Transactional
    public List<Dead> dead(int max) {
        return em.createQuery("""
                        select d from WebhookDelivery d join fetch d.endpoint
                        where d.state.status = :dead order by d.id""", WebhookDelivery.class)
                .setParameter("dead", OutboxStatus.DEAD)
                .setMaxResults(max)
                .getResultList().stream()
                .map(d -> new Dead(d.id(), d.endpoint().url(), d.eventType(), d.eventId(), d.orderingKey(),
                        d.state().attempts(), d.state().lastError(), d.lastStatus(), d.createdAt(), d.deadlineAt()))
                .toList();
    }

    /** Sends a dead delivery again, with its own event id; false if it is not (or no longer) dead. */
    @Transactional
    public boolean retry(String admin, long id) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || delivery.state().status() != OutboxStatus.DEAD) {
            return false;
        }
        String was = delivery.state().lastError();
        delivery.retry(clock.instant(), settings.retryPolicy());
        audit.record(admin, "webhook.retried", "webhook-delivery:" + id, delivery.eventType() + " " + delivery.eventId()
                + ", dead after: " + was);
        return true;
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
