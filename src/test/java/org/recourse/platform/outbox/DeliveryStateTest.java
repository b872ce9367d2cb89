package org.recourse.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The way out of an outbox row, shared by mail and webhooks")
class DeliveryStateTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration CLAIM = Duration.ofMinutes(2);

    @Test
    @DisplayName("is due at once, and a claim counts an attempt and keeps it from being due for the claim's length")
    void claimHoldsItBack() {
        DeliveryState state = DeliveryState.dueFrom(NOW);

        state.claim(NOW, CLAIM, "Row 1");

        assertThat(state.attempts()).isEqualTo(1);
        assertThat(state.isDue(NOW.plus(CLAIM).minusMillis(1))).isFalse();
        assertThat(state.isDue(NOW.plus(CLAIM))).isTrue();
        assertThatThrownBy(() -> state.claim(NOW, CLAIM, "Row 1"))
                .isInstanceOf(IllegalStateException.class).hasMessage("Row 1 is not due.");
    }

    @Test
    @DisplayName("a failure keeps the reason and is due again when its owner says; no next time means dead")
    void failureThenDeath() {
        DeliveryState state = DeliveryState.dueFrom(NOW);
        state.claim(NOW, CLAIM, "Row 2");

        state.failed("  connection refused ", NOW.plusSeconds(30), "Row 2");
        assertThat(state.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(state.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(state.lastError()).isEqualTo("connection refused");

        state.claim(NOW.plusSeconds(30), CLAIM, "Row 2");
        state.failed(null, null, "Row 2");
        assertThat(state.status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(state.lastError()).isEqualTo("unknown error");
        assertThat(state.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    @DisplayName("an admin's retry makes a dead row due at once with a fresh count; a sent row cannot fail or retry")
    void retryAndSent() {
        DeliveryState state = DeliveryState.dueFrom(NOW);
        state.claim(NOW, CLAIM, "Row 3");
        state.failed("x".repeat(500), null, "Row 3");
        assertThat(state.lastError()).hasSize(DeliveryState.MAX_ERROR).endsWith("…");

        state.retry(NOW.plusSeconds(5), "Row 3");
        assertThat(state.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(state.attempts()).isZero();
        assertThat(state.isDue(NOW.plusSeconds(5))).isTrue();

        state.claim(NOW.plusSeconds(5), CLAIM, "Row 3");
        state.sent(NOW.plusSeconds(6), "Row 3");
        assertThat(state.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(state.sentAt()).isEqualTo(NOW.plusSeconds(6));
        assertThat(state.lastError()).isNull();
        assertThatThrownBy(() -> state.failed("late", null, "Row 3"))
                .isInstanceOf(IllegalStateException.class).hasMessage("Row 3 is SENT, not pending.");
        assertThatThrownBy(() -> state.retry(NOW, "Row 3"))
                .isInstanceOf(IllegalStateException.class).hasMessage("Row 3 cannot move from SENT to PENDING.");
    }
}
