package org.recourse.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.recourse.testing.FuzzInput;

/**
 * The webhook signature check under fuzzing. Input: the {@code Recourse-Signature} header on the first line, the body
 * after it. Whatever arrives, the check answers (never throws), and it accepts only a header that carries this
 * body's HMAC at a time within the tolerance; a fresh signature of the same body is accepted, and the same one on a
 * changed body is not. Seeds: {@code src/test/resources/org/recourse/webhook/WebhookSignatureFuzzTestInputs/}.
 */
@DisplayName("Webhook signature check under fuzzing")
class WebhookSignatureFuzzTest {

    private static final String SECRET = "whsec_fuzzing-secret-0123456789";
    /** The time of the seed signatures. */
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    /** Every time the header could be read to state (a superset of what the check reads, so the oracle is fair). */
    private static final Pattern TIME = Pattern.compile("t=(\\d{1,12})");

    @FuzzTest(maxDuration = "10m")
    @Timeout(5)
    void receivedHeader(byte[] input) {
        // Arrange
        String[] fields = FuzzInput.fields(input, 2);
        String header = fields[0];
        String body = fields[1];

        // Act
        boolean accepted = WebhookSignature.verify(SECRET, header, body, NOW, WebhookSignature.TOLERANCE);
        String fresh = WebhookSignature.sign(SECRET, NOW, body);

        // Assert
        if (accepted) {
            assertThat(signedWithin(header, body)).as("accepted %s", header).isTrue();
        }
        assertThat(WebhookSignature.verify(SECRET, fresh, body, NOW, WebhookSignature.TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, fresh, body + " ", NOW, WebhookSignature.TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, fresh, body, NOW.plus(Duration.ofMinutes(6)),
                WebhookSignature.TOLERANCE)).isFalse();
    }

    /** Whether some time stated in the header is within tolerance and the header has this body's MAC at that time. */
    private static boolean signedWithin(String header, String body) {
        Matcher times = TIME.matcher(header);
        while (times.find()) {
            long t = Long.parseLong(times.group(1));
            if (Math.abs(t - NOW.getEpochSecond()) <= WebhookSignature.TOLERANCE.toSeconds()
                    && header.contains("v1=" + WebhookSignature.hmac(SECRET, t + "." + body))) {
                return true;
            }
        }
        return false;
    }
}
