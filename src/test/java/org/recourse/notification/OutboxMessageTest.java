package org.recourse.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.platform.outbox.OutboxStatus;

@DisplayName("Outbox message")
class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Duration CLAIM = Duration.ofMinutes(10);
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(2), 3);

    private static OutboxMessage message() {
        return OutboxMessage.mail(DedupeKey.of("test", "one"), "sup@example.org", "Subject", "Body", T0);
    }

    @Test
    @DisplayName("a new message is pending and due at once, with no attempts")
    void newMessage() {
        // Act
        OutboxMessage message = message();

        // Assert
        assertThat(message.state().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.kind()).isEqualTo(OutboxMessage.Kind.MAIL);
        assertThat(message.state().attempts()).isZero();
        assertThat(message.isDue(T0)).isTrue();
        assertThat(message.isDue(T0.minusMillis(1))).isFalse();
        assertThat(message.dedupeKey()).isEqualTo(DedupeKey.of("test", "one"));
    }

    @Test
    @DisplayName("a claim counts an attempt and keeps the message from being due until the claim runs out")
    void claim() {
        // Arrange
        OutboxMessage message = message();

        // Act
        message.claim(T0, CLAIM);

        // Assert
        assertThat(message.state().attempts()).isEqualTo(1);
        assertThat(message.isDue(T0.plus(CLAIM).minusMillis(1))).isFalse();
        assertThat(message.isDue(T0.plus(CLAIM))).isTrue();
        assertThatThrownBy(() -> message.claim(T0.plusSeconds(1), CLAIM)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("each failure waits per the policy; the last one gives the message up")
    void failuresBackOffThenDie() {
        // Arrange
        OutboxMessage message = message();
        Instant now = T0;

        // Act / Assert: 30 s, then 60 s, then dead after the third attempt
        message.claim(now, CLAIM);
        message.failed(now, "cannot reach the SMTP server", POLICY);
        assertThat(message.state().nextAttemptAt()).isEqualTo(now.plusSeconds(30));
        assertThat(message.state().status()).isEqualTo(OutboxStatus.PENDING);

        now = now.plusSeconds(30);
        message.claim(now, CLAIM);
        message.failed(now, "cannot reach the SMTP server", POLICY);
        assertThat(message.state().nextAttemptAt()).isEqualTo(now.plusSeconds(60));

        now = now.plusSeconds(60);
        message.claim(now, CLAIM);
        message.failed(now, "cannot reach the SMTP server", POLICY);
        assertThat(message.state().status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(message.state().attempts()).isEqualTo(3);
        assertThat(message.isDue(now.plus(Duration.ofDays(365)))).isFalse();
        assertThat(message.state().lastError()).isEqualTo("cannot reach the SMTP server");
    }

    @Test
    @DisplayName("a delivered message is sent for good and forgets its last problem")
    void delivered() {
        // Arrange
        OutboxMessage message = message();
        message.claim(T0, CLAIM);
        message.failed(T0, "timeout", POLICY);
        message.claim(T0.plusSeconds(30), CLAIM);

        // Act
        message.delivered(T0.plusSeconds(31));

        // Assert
        assertThat(message.state().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(message.state().sentAt()).isEqualTo(T0.plusSeconds(31));
        assertThat(message.state().lastError()).isNull();
        assertThat(message.isDue(T0.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> message.failed(T0.plusSeconds(40), "late", POLICY))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> message.retry(T0.plusSeconds(40))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("only a dead message can be retried; it is then due at once with a fresh count")
    void retry() {
        // Arrange
        OutboxMessage message = message();
        assertThatThrownBy(() -> message.retry(T0)).isInstanceOf(IllegalStateException.class);
        Instant now = T0;
        for (int i = 0; i < POLICY.maxAttempts(); i++) {
            message.claim(now, CLAIM);
            message.failed(now, "refused", POLICY);
            now = message.state().nextAttemptAt();
        }
        assertThat(message.state().status()).isEqualTo(OutboxStatus.DEAD);
        Instant later = T0.plus(Duration.ofHours(5));

        // Act
        message.retry(later);

        // Assert
        assertThat(message.state().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.state().attempts()).isZero();
        assertThat(message.isDue(later)).isTrue();
        assertThat(message.state().lastError()).isEqualTo("refused");
    }

    @Test
    @DisplayName("a long error is cut to fit its column")
    void longErrorCut() {
        // Arrange
        OutboxMessage message = message();
        message.claim(T0, CLAIM);

        // Act
        message.failed(T0, "x".repeat(500), POLICY);

        // Assert
        assertThat(message.state().lastError()).hasSize(OutboxMessage.MAX_ERROR).endsWith("…");
    }

    @Test
    @DisplayName("a message needs a recipient and a subject that fit their columns")
    void checksInput() {
        // Act / Assert
        assertThatThrownBy(() -> OutboxMessage.mail(DedupeKey.of("k"), " ", "S", "B", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboxMessage.mail(DedupeKey.of("k"), "a@example.org", "s".repeat(201), "B", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboxMessage.mail(DedupeKey.of("k"), "a@example.org", "S", null, T0))
                .isInstanceOf(NullPointerException.class);
    }
}
