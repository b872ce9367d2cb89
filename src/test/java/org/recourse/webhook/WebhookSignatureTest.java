package org.recourse.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Webhook signature: HMAC-SHA256 over the time and the body")
class WebhookSignatureTest {

    private static final String SECRET = "whsec_a-secret-of-the-platform-0123456789";
    private static final Instant SENT = Instant.parse("2026-12-01T10:00:00Z");
    private static final String BODY = "{\"id\":\"evt_1\",\"type\":\"content.hidden\"}";

    @Test
    @DisplayName("the header is t=<seconds>,v1=<64 hex digits>, and verifies")
    void signsAndVerifies() {
        // Act
        String header = WebhookSignature.sign(SECRET, SENT, BODY);

        // Assert
        assertThat(header).matches("t=" + SENT.getEpochSecond() + ",v1=[0-9a-f]{64}");
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT.plusSeconds(3), WebhookSignature.TOLERANCE))
                .isTrue();
    }

    @Test
    @DisplayName("a known vector: HMAC-SHA256 of \"<t>.<body>\"")
    void knownVector() {
        // HMAC-SHA256("key", "1.{}") computed independently (openssl dgst -sha256 -hmac key).
        assertThat(WebhookSignature.sign("key", Instant.ofEpochSecond(1), "{}"))
                .isEqualTo("t=1,v1=" + WebhookSignature.hmac("key", "1.{}"));
        assertThat(WebhookSignature.hmac("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    @DisplayName("one changed byte of the body fails")
    void alteredBodyFails() {
        String header = WebhookSignature.sign(SECRET, SENT, BODY);
        assertThat(WebhookSignature.verify(SECRET, header, BODY.replace("hidden", "restored"), SENT,
                WebhookSignature.TOLERANCE)).isFalse();
    }

    @Test
    @DisplayName("a changed time fails, so an old message cannot be given a new time")
    void alteredTimeFails() {
        String header = WebhookSignature.sign(SECRET, SENT, BODY)
                .replace("t=" + SENT.getEpochSecond(), "t=" + (SENT.getEpochSecond() + 600));
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT.plusSeconds(600), WebhookSignature.TOLERANCE))
                .isFalse();
    }

    @Test
    @DisplayName("a replay after the tolerance fails; within it, it verifies (the event id then tells it apart)")
    void replayLaterFails() {
        String header = WebhookSignature.sign(SECRET, SENT, BODY);
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT.plus(Duration.ofMinutes(6)),
                WebhookSignature.TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT.plus(Duration.ofMinutes(4)),
                WebhookSignature.TOLERANCE)).isTrue();
    }

    @Test
    @DisplayName("another secret, or a malformed header, fails")
    void wrongSecretOrHeader() {
        String header = WebhookSignature.sign(SECRET, SENT, BODY);
        assertThat(WebhookSignature.verify("whsec_someone-else-entirely-000000", header, BODY, SENT,
                WebhookSignature.TOLERANCE)).isFalse();
        for (String bad : new String[] {null, "", "v1=abc", "t=abc,v1=00", "t=1"}) {
            assertThat(WebhookSignature.verify(SECRET, bad, BODY, SENT, WebhookSignature.TOLERANCE)).as(bad).isFalse();
        }
    }
}
