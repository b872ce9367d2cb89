package org.recourse.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Failure throttle: free failures, then doubling waits, forgotten with the window")
class FailureThrottleTest {

    private static final ClientAddress ALICE = Clients.address("203.0.113.7");
    private static final ClientAddress BOB = Clients.address("2001:db8::1");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final FailureThrottle throttle = new FailureThrottle(3, Duration.ofSeconds(1), Duration.ofSeconds(8),
            Duration.ofHours(1), 100, clock);

    private void fail(ClientAddress client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(client);
        }
    }

    @Test
    @DisplayName("no wait while free failures are left")
    void freeFailures() {
        // Arrange
        fail(ALICE, 2);

        // Act / Assert
        assertThat(throttle.delayFor(ALICE)).isZero();
    }

    @Test
    @DisplayName("once the free failures are used, each attempt waits twice as long as the last, up to the ceiling")
    void doubles() {
        // Act / Assert
        fail(ALICE, 3);
        assertThat(throttle.delayFor(ALICE)).isEqualTo(Duration.ofSeconds(1));
        fail(ALICE, 1);
        assertThat(throttle.delayFor(ALICE)).isEqualTo(Duration.ofSeconds(2));
        fail(ALICE, 1);
        assertThat(throttle.delayFor(ALICE)).isEqualTo(Duration.ofSeconds(4));
        fail(ALICE, 1);
        assertThat(throttle.delayFor(ALICE)).isEqualTo(Duration.ofSeconds(8));
        fail(ALICE, 60);
        assertThat(throttle.delayFor(ALICE)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    @DisplayName("one client's failures never slow another")
    void perClient() {
        // Arrange
        fail(ALICE, 10);

        // Act / Assert
        assertThat(throttle.delayFor(BOB)).isZero();
    }

    @Test
    @DisplayName("the window's end forgets every failure")
    void forgets() {
        // Arrange
        fail(ALICE, 10);

        // Act
        clock.advance(Duration.ofHours(1));

        // Assert
        assertThat(throttle.delayFor(ALICE)).isZero();
    }

    @Test
    @DisplayName("refuses a ceiling below the first wait")
    void refusesNonsense() {
        assertThatThrownBy(() -> new FailureThrottle(1, Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofHours(1), 100, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("stays bounded: once its table is full, a client it does not hold waits the longest, and nothing grows")
    void bounded() {
        // Arrange
        FailureThrottle small = new FailureThrottle(3, Duration.ofSeconds(1), Duration.ofSeconds(8),
                Duration.ofHours(1), 2, clock);
        small.failed(ALICE);
        small.failed(BOB);

        // Act
        ClientAddress carol = Clients.address("198.51.100.9");
        small.failed(carol);

        // Assert
        assertThat(small.trackedClients()).isEqualTo(2);
        assertThat(small.delayFor(carol)).isEqualTo(Duration.ofSeconds(8));
        assertThat(small.delayFor(ALICE)).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(small.delayFor(carol)).as("a new window has room again").isZero();
    }
}
