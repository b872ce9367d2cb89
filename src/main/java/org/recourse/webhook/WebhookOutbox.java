package org.recourse.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Supplier;
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
        publish(() -> WebhookEvent.of(change));
    }

    /** Queues the event for each active endpoint; returns how many deliveries were queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(WebhookEvent event) {
        return publish(() -> event);
    }

    /**
     * Queues the event for each active endpoint, building it only if there is one: a platform without endpoints
     * (or before it registers any) does not pay for rendering payloads nobody receives (a statement of reasons in
     * every language was a twentieth of the CPU of a report). Returns how many deliveries were queued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(Supplier<WebhookEvent> event) {
        // COMMIT: no caller changes an endpoint in the transaction that publishes, so the look-up needs no auto-flush,
        // whose search for pending changes (a dirty check of every managed entity) cost more than the query itself.
        List<WebhookEndpoint> endpoints = em.createQuery("select e from WebhookEndpoint e where e.active = true",
                WebhookEndpoint.class).setFlushMode(FlushModeType.COMMIT).getResultList();
        if (endpoints.isEmpty()) {
            return 0;
        }
        WebhookEvent built = event.get();
        endpoints.forEach(endpoint -> em.persist(new WebhookDelivery(endpoint, built,
                settings.retryPolicy().deadlineFor(built.at()))));
        return endpoints.size();
    }
}
