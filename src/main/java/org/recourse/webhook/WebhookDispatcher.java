package org.recourse.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends due webhook deliveries: claims a batch, posts each (signed, with its idempotency key) outside any
 * transaction, and records the outcome. Any 2xx answer is a delivery; anything else (a redirect too: it is never
 * followed) is retried until its deadline. Each attempt first looks the host up and refuses private addresses
 * ({@link TargetPolicy}); what is recorded is the class of the failure only ({@link WebhookFailure}).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    static final int BATCH = 20;

    @Inject
    WebhookClaims claims;

    @Inject
    WebhookSettings settings;

    @Inject
    org.recourse.operations.RecourseMetrics metrics;

    @Inject
    Clock clock;

    @Inject
    WebhookTargets targets;

    /** Sends to the vetted address only (see {@link PinnedPost} for why not the JDK's HTTP client). */
    PinnedPost transport = PinnedPost.withDefaultTrust();

    /**
     * Sends batch after batch until nothing is due; returns how many were delivered. An endpoint that could not be
     * reached (or did not answer in time) is not tried again in the same run: its other deliveries count as failed
     * attempts at once and wait their turn, so one endpoint that hangs cannot hold up every other endpoint's events.
     * An endpoint refused by the address rules keeps that reason for its other deliveries: they were not tried for
     * the same reason, and an admin reading the dead letters should see why.
     */
    public int dispatchDue() {
        int delivered = 0;
        Map<String, WebhookFailure> unreachable = new HashMap<>();
        Set<String> answering = new HashSet<>();
        List<ClaimedDelivery> batch;
        do {
            batch = claims.claimDue(clock.instant(), BATCH, settings.claimFor());
            for (ClaimedDelivery delivery : batch) {
                WebhookFailure earlier = unreachable.get(delivery.url());
                if (earlier != null) {
                    recordFailure(delivery, null, earlier == WebhookFailure.REFUSED_PRIVATE ? earlier
                            : WebhookFailure.UNREACHABLE_EARLIER);
                } else if (send(delivery, unreachable)) {
                    delivered++;
                    resumeOnce(delivery.url(), answering);
                }
            }
        } while (batch.size() == BATCH);
        return delivered;
    }

    /**
     * After the first delivery of a run to a receiver, brings forward its deliveries that waited because it was down
     * ({@link WebhookClaims#resume}): after an outage of any length, everything left is sent within a claim's length
     * (a minute by default) of the receiver's first success, not at the end of each delivery's own backoff.
     */
    private void resumeOnce(String url, Set<String> answering) {
        if (answering.add(url)) {
            int resumed = claims.resume(url, clock.instant(), settings.claimFor());
            if (resumed > 0) {
                LOG.info(() -> "A webhook receiver answers again: " + resumed + " deliveries that waited are due now.");
            }
        }
    }

    private boolean send(ClaimedDelivery delivery, Map<String, WebhookFailure> unreachable) {
        Instant started = clock.instant();
        try {
            // Looked up and checked at every attempt: what the name means may have changed since it was registered.
            TargetPolicy.Target target = targets.vet(delivery.url());
            int status = transport.post(target, headers(delivery, started),
                    delivery.payload().getBytes(StandardCharsets.UTF_8), settings.timeout());
            if (status >= 200 && status < 300) {
                Instant done = clock.instant();
                claims.delivered(delivery.id(), done, status);
                metrics.webhookDelivered(Duration.between(started, done), Duration.between(delivery.createdAt(), done));
                return true;
            }
            recordFailure(delivery, status, WebhookFailure.ofStatus(status));
        } catch (TargetPolicy.RefusedException e) {
            unreachable.put(delivery.url(), e.failure());
            LOG.warning(() -> "Webhook delivery " + delivery.id() + " refused: " + e.getMessage()
                    + " (recourse.webhooks.allowed-private-ranges allows named private ranges)");
            recordFailure(delivery, null, e.failure());
        } catch (IOException e) {
            unreachable.put(delivery.url(), WebhookFailure.of(e));
            // The exception stays in the server log (for whoever runs the server), never in what admins see.
            LOG.log(Level.FINE, "Webhook delivery " + delivery.id() + " failed", e);
            recordFailure(delivery, null, WebhookFailure.of(e));
        }
        return false;
    }

    /** The headers of a delivery, signed over the time of this attempt. */
    static Map<String, String> headers(ClaimedDelivery delivery, Instant now) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "Recourse-Webhooks/1");
        headers.put("Recourse-Event-Id", delivery.eventId());
        headers.put("Recourse-Event-Type", delivery.eventType());
        headers.put("Idempotency-Key", delivery.eventId());
        headers.put(WebhookSignature.HEADER, WebhookSignature.sign(delivery.secret(), now, delivery.payload()));
        return headers;
    }

    private void recordFailure(ClaimedDelivery delivery, Integer status, WebhookFailure failure) {
        metrics.webhookFailed();
        String reason = failure.stored();
        if (claims.failed(delivery.id(), clock.instant(), status, reason, settings.retryPolicy())) {
            LOG.warning(() -> "Webhook delivery " + delivery.id() + " (" + delivery.eventType() + ") gave up after its "
                    + "deadline: " + reason + "; an admin can retry it at /staff/admin/webhooks.");
        } else {
            LOG.info(() -> "Webhook delivery " + delivery.id() + " will be retried: " + reason);
        }
    }
}
