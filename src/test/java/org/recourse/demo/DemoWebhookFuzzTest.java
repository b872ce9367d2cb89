package org.recourse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.recourse.testing.FuzzInput;
import org.recourse.webhook.WebhookSignature;

/**
 * The demo platform's webhook receiver under fuzzing, as {@code DemoPlatform.receive} does it: the signature check,
 * then the event read from the body. Input: the header on the first line, the body after it. The body is also read
 * as if it were signed, since whoever holds the secret (or a platform bug) can send any body: nothing throws, and an
 * event kept has an id of at most 40 characters. Seeds:
 * {@code src/test/resources/org/recourse/demo/DemoWebhookFuzzTestInputs/delivery/}.
 */
@DisplayName("Demo platform's webhook receiver under fuzzing")
class DemoWebhookFuzzTest {

    private static final String SECRET = "whsec_fuzzing-secret-0123456789";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @FuzzTest(maxDuration = "10m")
    @Timeout(5)
    void delivery(byte[] input) {
        // Arrange
        String[] fields = FuzzInput.fields(input, 2);

        // Act
        boolean signed = WebhookSignature.verify(SECRET, fields[0], fields[1], NOW, WebhookSignature.TOLERANCE);
        Optional<DemoWebhookEvent> event = DemoWebhookEvent.read(fields[1]);

        // Assert: a body reads the same every time (so an event sent twice is kept once), and what is kept fits
        assertThat(DemoWebhookEvent.read(fields[1])).isEqualTo(event);
        if (signed) {
            assertThat(fields[0]).contains("t=", "v1=");
        }
        event.ifPresent(kept -> {
            assertThat(kept.id()).isNotNull().hasSizeLessThanOrEqualTo(40);
            assertThat(kept.type()).isNotNull();
        });
    }
}
