package org.recourse.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Outbox retry policy")
class OutboxRetryPolicyTest {

    @Test
    @DisplayName("the default waits 30 s and doubles after each failure, up to one hour")
    void defaultSchedule() {
        // Act
        var delays = IntStream.rangeClosed(1, 10).mapToObj(RetryPolicy.DEFAULT::delayAfter).toList();

        // Assert
        assertThat(delays).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32),
                Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    @DisplayName("the message is given up exactly after the last allowed attempt")
    void givesUpAtTheLimit() {
        // Arrange
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 3);

        // Act / Assert
        assertThat(policy.givesUpAfter(2)).isFalse();
        assertThat(policy.givesUpAfter(3)).isTrue();
        assertThat(RetryPolicy.DEFAULT.givesUpAfter(11)).isFalse();
        assertThat(RetryPolicy.DEFAULT.givesUpAfter(12)).isTrue();
    }

    @Test
    @DisplayName("nonsense settings are refused at once")
    void refusesNonsense() {
        // Act / Assert
        // (the waits themselves are Backoff's, tested in BackoffTest)
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
