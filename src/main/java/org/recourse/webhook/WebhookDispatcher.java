package org.recourse.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Sends due webhook deliveries: claims a batch, posts each (signed, with its idempotency key) outside any
 * transaction, and records the outcome. Any 2xx answer is a delivery; anything else is retried until its deadline.
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

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * Sends batch after batch until nothing is due; returns how many were delivered. An endpoint that could not be
     * reached (or did not answer in time) is not tried again in the same run: its other deliveries count as failed
     * attempts at once and wait their turn, so one endpoint that hangs cannot hold up every other endpoint's events.
     */
    public int dispatchDue() {
        int delivered = 0;
        Set<String> unreachable = new HashSet<>();
        List<ClaimedDelivery> batch;
        do {
            batch = claims.claimDue(clock.instant(), BATCH, settings.claimFor());
            for (ClaimedDelivery delivery : batch) {
                if (unreachable.contains(delivery.url())) {
                    recordFailure(delivery, null, "the endpoint was unreachable earlier in this run");
                } else if (send(delivery, unreachable)) {
                    delivered++;
                }
            }
        } while (batch.size() == BATCH);
        return delivered;
    }

    private boolean send(ClaimedDelivery delivery, Set<String> unreachable) {
        Instant started = clock.instant();
        try {
            HttpResponse<Void> response = http.send(request(delivery, started), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                Instant done = clock.instant();
                claims.delivered(delivery.id(), done, status);
                metrics.webhookDelivered(Duration.between(started, done), Duration.between(delivery.createdAt(), done));
                return true;
            }
            recordFailure(delivery, status, "HTTP " + status);
        } catch (HttpTimeoutException e) {
            unreachable.add(delivery.url());
            recordFailure(delivery, null, "no answer within " + settings.timeout().toSeconds() + " s");
        } catch (IOException e) {
            unreachable.add(delivery.url());
            recordFailure(delivery, null, "cannot reach the endpoint (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recordFailure(delivery, null, "interrupted");
        }
        return false;
    }

    HttpRequest request(ClaimedDelivery delivery, Instant now) {
        return HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Recourse-Webhooks/1")
                .header("Recourse-Event-Id", delivery.eventId())
                .header("Recourse-Event-Type", delivery.eventType())
                .header("Idempotency-Key", delivery.eventId())
                .header(WebhookSignature.HEADER, WebhookSignature.sign(delivery.secret(), now, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
    }

    private void recordFailure(ClaimedDelivery delivery, Integer status, String reason) {
        metrics.webhookFailed();
        if (claims.failed(delivery.id(), clock.instant(), status, reason, settings.retryPolicy())) {
            LOG.warning(() -> "Webhook delivery " + delivery.id() + " (" + delivery.eventType() + ") gave up after its "
                    + "deadline: " + reason + "; an admin can retry it at /staff/admin/webhooks.");
        } else {
            LOG.info(() -> "Webhook delivery " + delivery.id() + " will be retried: " + reason);
        }
    }
}
