package org.recourse.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Backoff between outbox attempts")
class BackoffTest {

    @Test
    @DisplayName("doubles from the first delay after each failure and stops at the longest")
    void doublesUpToTheLongest() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(75));

        var delays = IntStream.rangeClosed(1, 6).mapToObj(backoff::delayAfter).map(Duration::toSeconds).toList();

        assertThat(delays).containsExactly(10L, 20L, 40L, 75L, 75L, 75L);
    }

    @Test
    @DisplayName("any number of attempts waits at most the longest delay, without overflowing")
    void noOverflow() {
        Backoff backoff = new Backoff(Duration.ofMillis(1), Duration.ofDays(3650));

        assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isPositive().isLessThanOrEqualTo(Duration.ofDays(3650));
        assertThat(new Backoff(Duration.ofSeconds(30), Duration.ofHours(1)).delayAfter(Integer.MAX_VALUE))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    @DisplayName("refuses a first delay that is not positive or longer than the longest, and attempt 0")
    void refusesNonsense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2)).delayAfter(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
