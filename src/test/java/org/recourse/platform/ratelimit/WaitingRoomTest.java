package org.recourse.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Waiting room: a slowed request waits its delay, and only so many wait at once")
class WaitingRoomTest {

    @Test
    @DisplayName("no delay: through at once, taking no place")
    void noDelay() {
        // Arrange
        WaitingRoom room = new WaitingRoom(1);
        room.fill();

        // Act / Assert
        assertThat(room.waitOut(Duration.ZERO)).isTrue();
    }

    @Test
    @DisplayName("a delay is waited out, then the place is free again")
    void waitsItsDelay() {
        // Arrange
        WaitingRoom room = new WaitingRoom(1);

        // Act
        long started = System.nanoTime();
        boolean first = room.waitOut(Duration.ofMillis(50));
        boolean second = room.waitOut(Duration.ofMillis(1));

        // Assert
        assertThat(first).isTrue();
        assertThat(second).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }

    @Test
    @DisplayName("every place taken: turned away at once, not queued")
    void fullRoomTurnsAway() {
        // Arrange
        WaitingRoom room = new WaitingRoom(2);
        room.fill();

        // Act
        long started = System.nanoTime();
        boolean turnedAway = room.waitOut(Duration.ofSeconds(2));

        // Assert
        assertThat(turnedAway).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("a room needs a place")
    void needsAPlace() {
        assertThatThrownBy(() -> new WaitingRoom(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
