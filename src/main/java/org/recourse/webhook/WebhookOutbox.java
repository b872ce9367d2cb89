package org.recourse.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.recourse.content.VisibilityChanged;

/**
 * Queues an event for every active endpoint, in the caller's transaction: a delivery exists exactly when the change
 * it tells of was committed, and nothing is lost while the platform is down.
 */
@ApplicationScoped
public class WebhookOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookSettings settings;

    void visibilityChanged(@Observes VisibilityChanged change) {
        publish(WebhookEvent.of(change));
    }

    /** Queues the event for each active endpoint; returns how many deliveries were queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(WebhookEvent event) {
        List<WebhookEndpoint> endpoints = em.createQuery("select e from WebhookEndpoint e where e.active = true",
                WebhookEndpoint.class).getResultList();
        endpoints.forEach(endpoint -> em.persist(new WebhookDelivery(endpoint, event,
                settings.retryPolicy().deadlineFor(event.at()))));
        return endpoints.size();
    }
}
