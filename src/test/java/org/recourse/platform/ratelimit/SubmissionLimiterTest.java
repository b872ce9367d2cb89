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
    private static final ClientAddress ALICE = Clients.address("203.0.113.7");
    private static final ClientAddress BOB = Clients.address("2001:db8::1");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final SubmissionLimiter limiter = new SubmissionLimiter(3, WINDOW, 100, clock);

    private void use(ClientAddress address, int times) {
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
    @DisplayName("counts an IPv6 client's whole /64 as one client")
    void ipv6PerNetwork() {
        // Arrange
        use(Clients.address("2001:db8:1:2::a"), 2);

        // Act
        SubmissionLimiter.Decision sameNetwork = limiter.tryAcquire(Clients.address("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        SubmissionLimiter.Decision refused = limiter.tryAcquire(Clients.address("2001:db8:1:2:1234::9"));
        SubmissionLimiter.Decision nextNetwork = limiter.tryAcquire(Clients.address("2001:db8:1:3::a"));

        // Assert
        assertThat(sameNetwork.allowed()).isTrue();
        assertThat(refused.allowed()).isFalse();
        assertThat(nextNetwork.allowed()).isTrue();
        assertThat(limiter.trackedClients()).isEqualTo(2);
    }

    @Test
    @DisplayName("once its ceiling of clients is reached, refuses every new client until the window ends, and does not grow")
    void ceiling() {
        // Arrange
        SubmissionLimiter small = new SubmissionLimiter(3, WINDOW, 2, clock);
        small.tryAcquire(ALICE);
        small.tryAcquire(BOB);

        // Act
        SubmissionLimiter.Decision carol = small.tryAcquire(Clients.address("198.51.100.9"));
        SubmissionLimiter.Decision alice = small.tryAcquire(ALICE);

        // Assert
        assertThat(carol.allowed()).isFalse();
        assertThat(carol.retryAfter()).isEqualTo(WINDOW);
        assertThat(alice.allowed()).as("a client already counted goes on").isTrue();
        assertThat(small.trackedClients()).isEqualTo(2);
        clock.advance(WINDOW);
        assertThat(small.tryAcquire(Clients.address("198.51.100.9")).allowed()).isTrue();
    }

    @Test
    @DisplayName("a refusal becomes the exception every channel answers with 429, an allowed submission nothing")
    void orRefuse() {
        // Arrange
        use(ALICE, 3);

        // Act / Assert
        assertThatThrownBy(() -> limiter.tryAcquire(ALICE).orRefuse())
                .isInstanceOfSatisfying(TooManySubmissionsException.class, e -> {
                    assertThat(e.retryAfterSeconds()).isEqualTo(WINDOW.toSeconds());
                    assertThat(e.retryAfterMinutes()).isEqualTo(10);
                });
        limiter.tryAcquire(BOB).orRefuse();
    }

    @ParameterizedTest(name = "limit {0}, window {1}")
    @CsvSource({"0, PT1M", "-1, PT1M", "1, PT0S", "1, -PT1M"})
    @DisplayName("needs a positive limit and window")
    void refusesBadSettings(int limit, Duration window) {
        // Act / Assert
        assertThatThrownBy(() -> new SubmissionLimiter(limit, window, 100, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }
}
