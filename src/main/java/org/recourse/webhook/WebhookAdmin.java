package org.recourse.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AuditLog;
import org.recourse.platform.outbox.OutboxStatus;

/** What admins do with webhooks: register and pause endpoints, see deliveries that gave up, retry them. Audited. */
@ApplicationScoped
public class WebhookAdmin {

    /** An endpoint just registered, with its secret: shown once. */
    public record Registered(WebhookEndpoint endpoint, String secret) {
    }

    /**
     * A delivery that gave up, as the dead-letter list shows it: the class of its last failure, never the exact
     * status or an error's own words.
     */
    public record Dead(long id, String endpointUrl, String eventType, String eventId, String orderingKey, int attempts,
            WebhookFailure lastError, Instant createdAt, Instant deadlineAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    WebhookRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    @Inject
    WebhookTargets targets;

    /**
     * Registers an endpoint with the platform's own secret, or a new random one if none is given. An address whose
     * host is not found, or leads to a private address that no setting allows, is refused (and the attempt audited):
     * the same check runs again before every delivery, since what a name points to can change.
     *
     * @throws IllegalArgumentException with the message key of what is wrong
     */
    @Transactional
    public Registered register(String admin, String url, String secret) {
        String chosen = secret == null || secret.isBlank() ? newSecret() : secret.strip();
        WebhookEndpoint endpoint = new WebhookEndpoint(url, chosen, admin, clock.instant());
        try {
            if (!targets.isPortalOwn(endpoint.url())) {
                // The portal's own receiver is exempt: its public URL may not resolve from here (tests, a proxy).
                targets.vet(endpoint.url());
            }
        } catch (TargetPolicy.RefusedException e) {
            audit.recordNow(admin, "webhook.refused", null, endpoint.url() + ": " + e.failure().stored());
            throw new IllegalArgumentException(e.failure() == WebhookFailure.REFUSED_PRIVATE
                    ? "staff.webhooks.error.private" : "staff.webhooks.error.notFound");
        }
        repository.add(endpoint);
        audit.record(admin, "webhook.registered", "webhook:" + endpoint.id(), endpoint.url());
        return new Registered(endpoint, chosen);
    }

    @Transactional
    public void setActive(String admin, long id, boolean active) {
        repository.lockEndpoint(id).filter(endpoint -> endpoint.isActive() != active).ifPresent(endpoint -> {
            if (active) {
                endpoint.activate();
            } else {
                endpoint.deactivate();
            }
            audit.record(admin, active ? "webhook.resumed" : "webhook.paused", "webhook:" + id, endpoint.url());
        });
    }

    @Transactional
    public List<WebhookEndpoint> endpoints() {
        return repository.endpoints();
    }

    @Transactional
    public List<Dead> dead(int max) {
        return repository.dead(max).stream()
                .map(d -> new Dead(d.id(), d.endpoint().url(), d.eventType(), d.eventId(), d.orderingKey(),
                        d.state().attempts(), WebhookFailure.fromStored(d.state().lastError()), d.createdAt(),
                        d.deadlineAt()))
                .toList();
    }

    /** Sends a dead delivery again, with its own event id; false if it is not (or no longer) dead. */
    @Transactional
    public boolean retry(String admin, long id) {
        Optional<WebhookDelivery> dead = repository.lockDelivery(id)
                .filter(delivery -> delivery.state().status() == OutboxStatus.DEAD);
        dead.ifPresent(delivery -> {
            String was = WebhookFailure.fromStored(delivery.state().lastError()).stored();
            delivery.retry(clock.instant(), settings.retryPolicy());
            audit.record(admin, "webhook.retried", "webhook-delivery:" + id, delivery.eventType() + " "
                    + delivery.eventId() + ", dead after: " + was);
        });
        return dead.isPresent();
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
