package org.recourse.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Submission limiter")
class SubmissionLimiterTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final String ALICE = "203.0.113.7";
    private static final String BOB = "2001:db8::1";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final SubmissionLimiter limiter = new SubmissionLimiter(3, WINDOW, clock);

    private void use(String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(limiter.tryAcquire(address).allowed()).as("submission %d", i + 1).isTrue();
        }
    }

    @Test
    @DisplayName("allows the limit within a window, with no wait")
    void allowsLimit() {
        // Act
        SubmissionLimiter.Decision first = limiter.tryAcquire(ALICE);
        SubmissionLimiter.Decision second = limiter.tryAcquire(ALICE);
        SubmissionLimiter.Decision third = limiter.tryAcquire(ALICE);

        // Assert
        assertThat(first).isEqualTo(new SubmissionLimiter.Decision(true, Duration.ZERO));
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
    }

    @Test
    @DisplayName("refuses the next with the whole window still to wait")
    void refusesNext() {
        // Arrange
        use(ALICE, 3);

        // Act
        SubmissionLimiter.Decision fourth = limiter.tryAcquire(ALICE);

        // Assert
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.retryAfter()).isEqualTo(WINDOW);
    }

    @Test
    @DisplayName("says to retry after the time left in the window")
    void retryAfterIsTimeLeft() {
        // Arrange
        clock.advance(Duration.ofMinutes(2));
        use(ALICE, 3);
        clock.advance(Duration.ofMinutes(5).plusSeconds(30));

        // Act
        SubmissionLimiter.Decision refused = limiter.tryAcquire(ALICE);

        // Assert
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(2).plusSeconds(30));
    }

    @Test
    @DisplayName("keeps refusing until the window ends")
    void keepsRefusing() {
        // Arrange
        use(ALICE, 3);

        // Act
        clock.advance(WINDOW.minusSeconds(1));
        SubmissionLimiter.Decision lastSecond = limiter.tryAcquire(ALICE);

        // Assert
        assertThat(lastSecond.allowed()).isFalse();
        assertThat(lastSecond.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("counts different addresses apart")
    void addressesApart() {
        // Arrange
        use(ALICE, 3);

        // Act
        SubmissionLimiter.Decision bob = limiter.tryAcquire(BOB);
        SubmissionLimiter.Decision alice = limiter.tryAcquire(ALICE);

        // Assert
        assertThat(bob.allowed()).isTrue();
        assertThat(alice.allowed()).isFalse();
        assertThat(limiter.trackedClients()).isEqualTo(2);
    }

    @Test
    @DisplayName("forgets every count when the window is over")
    void forgetsAfterWindow() {
        // Arrange
        use(ALICE, 3);
        use(BOB, 2);
        assertThat(limiter.tryAcquire(ALICE).allowed()).isFalse();

        // Act
        clock.advance(WINDOW);

        // Assert
        use(ALICE, 3);
        assertThat(limiter.trackedClients()).isOne();
        use(BOB, 3);
        assertThat(limiter.tryAcquire(ALICE).allowed()).isFalse();
        assertThat(limiter.tryAcquire(BOB).allowed()).isFalse();
    }

    @Test
    @DisplayName("starts the next window at the first submission after the last one ended")
    void nextWindowStartsAtNextSubmission() {
        // Arrange
        clock.advance(Duration.ofMinutes(25));
        use(ALICE, 3);
        clock.advance(Duration.ofMinutes(4));

        // Act
        SubmissionLimiter.Decision refused = limiter.tryAcquire(ALICE);

        // Assert
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(6));
    }

    @Test
    @DisplayName("counts clients without an address together")
    void noAddress() {
        // Act
        use(null, 3);

        // Assert
        assertThat(limiter.tryAcquire(null).allowed()).isFalse();
        assertThat(limiter.tryAcquire("").allowed()).isFalse();
        assertThat(limiter.trackedClients()).isOne();
    }

    @ParameterizedTest(name = "limit {0}, window {1}")
    @CsvSource({"0, PT1M", "-1, PT1M", "1, PT0S", "1, -PT1M"})
    @DisplayName("needs a positive limit and window")
    void refusesBadSettings(int limit, Duration window) {
        // Act / Assert
        assertThatThrownBy(() -> new SubmissionLimiter(limit, window, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }
}
