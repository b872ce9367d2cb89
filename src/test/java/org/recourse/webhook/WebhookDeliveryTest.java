package org.recourse.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.content.Visibility;
import org.recourse.content.VisibilityChanged;
import org.recourse.platform.outbox.OutboxStatus;

@DisplayName("Webhook delivery: claims, retries with growing waits, a deadline, and an admin's retry")
class WebhookDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final WebhookRetryPolicy POLICY = new WebhookRetryPolicy(Duration.ofSeconds(10),
            Duration.ofHours(1), Duration.ofHours(24));
    private static final WebhookEndpoint ENDPOINT = new WebhookEndpoint("https://platform.example/hooks",
            "whsec_0123456789abcdefghijklmnop", "admin", T0);

    private static WebhookDelivery delivery() {
        WebhookEvent event = WebhookEvent.of(new VisibilityChanged(1, "img-1", Visibility.HIDDEN_PENDING_REVIEW, T0, 1));
        return new WebhookDelivery(ENDPOINT, event, POLICY.deadlineFor(T0));
    }

    @ParameterizedTest(name = "after failure {0}: wait {1} s")
    @CsvSource({"1,10", "2,20", "3,40", "9,2560", "10,3600", "40,3600"})
    @DisplayName("waits double from 10 s up to an hour")
    void waits(int failures, long seconds) {
        assertThat(POLICY.delayAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    @DisplayName("the event is the JSON a platform expects, with its sequence")
    void eventJson() {
        WebhookEvent event = WebhookEvent.of(new VisibilityChanged(1, "img-1", Visibility.REMOVED, T0, 3));
        assertThat(event.type()).isEqualTo("content.removed");
        assertThat(event.orderingKey()).isEqualTo("content:img-1");
        assertThat(event.id()).matches("evt_[0-9a-f]{32}");
        assertThat(event.json()).contains("\"id\":\"" + event.id() + "\"", "\"type\":\"content.removed\"",
                "\"contentId\":\"img-1\"", "\"visibility\":\"REMOVED\"", "\"served\":false", "\"sequence\":3");
    }

    @Test
    @DisplayName("a failed attempt waits; past the deadline it is dead; an admin's retry makes it due again")
    void failsThenDiesThenRetried() {
        // Arrange
        WebhookDelivery delivery = delivery();
        delivery.claim(T0, Duration.ofMinutes(1));

        // Act / Assert: the first failure waits 10 s
        delivery.failed(T0.plusSeconds(1), 503, "HTTP 503", POLICY);
        assertThat(delivery.state().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(delivery.state().nextAttemptAt()).isEqualTo(T0.plusSeconds(11));
        assertThat(delivery.lastStatus()).isEqualTo(503);

        // Act / Assert: a failure whose next wait would end past the deadline gives up
        Instant late = T0.plus(Duration.ofHours(24)).minusSeconds(10);
        delivery.claim(late, Duration.ofMinutes(1));
        delivery.failed(late, null, "cannot reach the endpoint", POLICY);
        assertThat(delivery.state().status()).isEqualTo(OutboxStatus.DEAD);

        // Act / Assert: an admin retries
        Instant retried = T0.plus(Duration.ofDays(2));
        delivery.retry(retried, POLICY);
        assertThat(delivery.state().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(delivery.state().attempts()).isZero();
        assertThat(delivery.state().nextAttemptAt()).isEqualTo(retried);
        assertThat(delivery.deadlineAt()).isEqualTo(retried.plus(Duration.ofHours(24)));
    }

    @Test
    @DisplayName("a delivery that is not due cannot be claimed, and a sent one cannot fail")
    void refusesIllegalMoves() {
        WebhookDelivery delivery = delivery();
        delivery.claim(T0, Duration.ofMinutes(1));
        assertThatThrownBy(() -> delivery.claim(T0.plusSeconds(5), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalStateException.class);
        delivery.delivered(T0.plusSeconds(2), 204);
        assertThatThrownBy(() -> delivery.failed(T0.plusSeconds(3), 500, "x", POLICY))
                .isInstanceOf(IllegalStateException.class);
        assertThat(delivery.state().sentAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    @DisplayName("an endpoint needs an http(s) address without credentials, and a secret of 24 characters or more")
    void endpointRules() {
        assertThatThrownBy(() -> new WebhookEndpoint("ftp://x.example/h", "whsec_0123456789abcdefghijklmnop", "a", T0))
                .hasMessage("staff.webhooks.error.url");
        assertThatThrownBy(() -> new WebhookEndpoint("https://u:p@x.example/h", "whsec_0123456789abcdefghijklmnop",
                "a", T0)).hasMessage("staff.webhooks.error.url");
        assertThatThrownBy(() -> new WebhookEndpoint("https://x.example/h", "short", "a", T0))
                .hasMessage("staff.webhooks.error.secret");
        assertThat(WebhookAdmin.newSecret()).startsWith("whsec_").hasSizeGreaterThan(40);
    }
}
