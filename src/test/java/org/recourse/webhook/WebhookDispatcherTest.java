package org.recourse.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.operations.RecourseMetrics;

/**
 * The dispatcher against a real HTTP receiver and a port nobody listens on: one unreachable endpoint costs one
 * connection attempt per run, and every other endpoint's events still go out.
 */
@DisplayName("Webhook dispatcher: an unreachable endpoint does not hold up the others")
class WebhookDispatcherTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private HttpServer receiver;

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    /** Claims held in memory: everything queued is due once, in the order queued. */
    static final class QueuedClaims extends WebhookClaims {
        final List<ClaimedDelivery> queued = new ArrayList<>();
        final List<Long> delivered = new ArrayList<>();
        final Map<Long, String> failures = new LinkedHashMap<>();

        @Override
        public List<ClaimedDelivery> claimDue(Instant now, int max, Duration claimFor) {
            List<ClaimedDelivery> batch = new ArrayList<>(queued.subList(0, Math.min(max, queued.size())));
            queued.subList(0, batch.size()).clear();
            return batch;
        }

        @Override
        public void delivered(long id, Instant now, int httpStatus) {
            delivered.add(id);
        }

        @Override
        public boolean failed(long id, Instant now, Integer httpStatus, String reason, WebhookRetryPolicy policy) {
            failures.put(id, reason);
            return false;
        }

        /** Nothing waits in memory: the rows it would bring forward are {@code WebhookClaimsTest}'s. */
        @Override
        public int resume(String url, Instant now, Duration claimFor) {
            return 0;
        }
    }

    /** Metrics that only count, without a registry. */
    static final class CountingMetrics extends RecourseMetrics {
        final AtomicInteger failed = new AtomicInteger();

        @Override
        public void webhookDelivered(Duration request, Duration sinceEvent) {
        }

        @Override
        public void webhookFailed() {
            failed.incrementAndGet();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static ClaimedDelivery delivery(long id, String url) {
        return new ClaimedDelivery(id, url, "whsec_0123456789abcdefghijklmnop", "evt_" + id, "content.hidden",
                "{\"id\":\"evt_" + id + "\"}", NOW);
    }

    @Test
    @DisplayName("three events to a dead endpoint: one attempt, three failures; the live endpoint gets its events")
    void skipsUnreachableEndpointForTheRestOfTheRun() throws IOException {
        // Arrange
        AtomicInteger received = new AtomicInteger();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String live = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        String dead = "http://127.0.0.1:" + closedPort() + "/hooks";
        QueuedClaims claims = new QueuedClaims();
        claims.queued.addAll(List.of(delivery(1, dead), delivery(2, live), delivery(3, dead), delivery(4, dead),
                delivery(5, live)));
        CountingMetrics metrics = new CountingMetrics();
        WebhookDispatcher dispatcher = dispatcher(claims, metrics, "127.0.0.0/8");

        // Act
        int delivered = dispatcher.dispatchDue();

        // Assert
        assertThat(delivered).isEqualTo(2);
        assertThat(received).hasValue(2);
        assertThat(claims.delivered).containsExactly(2L, 5L);
        assertThat(claims.failures).containsOnlyKeys(1L, 3L, 4L);
        assertThat(claims.failures.get(1L)).isEqualTo("connection refused");
        assertThat(claims.failures.get(3L)).isEqualTo("unreachable earlier in this run");
        assertThat(claims.failures.get(4L)).isEqualTo("unreachable earlier in this run");
        assertThat(metrics.failed).hasValue(3);
    }

    @Test
    @DisplayName("a receiver on 127.0.0.1 gets nothing without an allowed range ('refused: private address'), "
            + "and its events with 127.0.0.0/8 allowed")
    void loopbackOnlyWhenAllowed() throws IOException {
        // Arrange
        AtomicInteger received = new AtomicInteger();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            received.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        receiver.start();
        String inside = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        QueuedClaims claims = new QueuedClaims();
        claims.queued.addAll(List.of(delivery(1, inside), delivery(3, inside)));

        // Act
        dispatcher(claims, new CountingMetrics()).dispatchDue();

        // Assert: both refused, the second for the same reason (not "unreachable earlier")
        assertThat(received).hasValue(0);
        assertThat(claims.failures).containsEntry(1L, "refused: private address")
                .containsEntry(3L, "refused: private address");

        // Act: the server's admin allows the range; the receiver answers 503, recorded as its class only
        claims.queued.add(delivery(2, inside));
        dispatcher(claims, new CountingMetrics(), "127.0.0.0/8").dispatchDue();

        // Assert
        assertThat(received).hasValue(1);
        assertThat(claims.failures).containsEntry(2L, "HTTP 5xx");
    }

    private static WebhookDispatcher dispatcher(QueuedClaims claims, CountingMetrics metrics, String... allowed) {
        WebhookDispatcher dispatcher = new WebhookDispatcher();
        dispatcher.claims = claims;
        dispatcher.metrics = metrics;
        dispatcher.settings = new WebhookSettings();
        dispatcher.settings.firstDelay = "PT10S";
        dispatcher.settings.maxDelay = "PT1H";
        dispatcher.settings.giveUpAfter = "PT24H";
        dispatcher.settings.timeout = "PT5S";
        dispatcher.settings.allowedPrivateRanges = java.util.Optional.of(String.join(", ", allowed));
        dispatcher.targets = new WebhookTargets();
        dispatcher.targets.settings = dispatcher.settings;
        dispatcher.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return dispatcher;
    }
}
