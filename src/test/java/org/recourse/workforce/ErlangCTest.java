package org.recourse.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Erlang C against the textbooks' figures")
class ErlangCTest {

    @ParameterizedTest(name = "B(c={0}, a={1}) = {2}")
    @CsvSource({"10, 5, 0.018385", "3, 2, 0.210526", "1, 1, 0.5", "0, 3, 1"})
    @DisplayName("Erlang B from its recursion gives the tabulated blocking probabilities")
    void erlangB(int reviewers, double load, double expected) {
        // Act
        double blocking = ErlangC.erlangB(reviewers, load);

        // Assert
        assertThat(blocking).isCloseTo(expected, within(1e-6));
    }

    /**
     * The call-centre textbook example: 100 calls in 30 minutes, 3 minutes each (10 erlangs), answer within 20 s.
     * Published: 11 agents wait 68.21 %, 12 44.94 %, 13 28.53 %, 14 17.41 %.
     */
    @ParameterizedTest(name = "{0} reviewers: P(wait) {1}, service level {2}")
    @CsvSource({"11, 0.6821, 0.3896", "12, 0.4494, 0.6402", "13, 0.2853, 0.7956", "14, 0.1741, 0.8884"})
    @DisplayName("the probability of waiting and the service level of the classic 10-erlang example")
    void classicExample(int reviewers, double waiting, double serviceLevel) {
        // Arrange
        double perHour = 200;
        Duration handling = Duration.ofMinutes(3);

        // Act
        double pWait = ErlangC.probabilityOfWaiting(reviewers, ErlangC.load(perHour, handling));
        double level = ErlangC.serviceLevel(reviewers, perHour, handling, Duration.ofSeconds(20));

        // Assert
        assertThat(pWait).isCloseTo(waiting, within(5e-5));
        assertThat(level).isCloseTo(serviceLevel, within(5e-5));
    }

    @Test
    @DisplayName("the reviewers needed are the fewest whose service level meets the target")
    void reviewersNeeded() {
        // Act
        int needed = ErlangC.reviewersNeeded(200, Duration.ofMinutes(3), Duration.ofSeconds(20), 0.2);

        // Assert: 13 reach 79.56 %, short of 80 %; 14 reach 88.84 %
        assertThat(needed).isEqualTo(14);
    }

    @Test
    @DisplayName("the mean wait of the classic example (13 agents: 0.2853 × 3 min / 3 = 17.1 s)")
    void meanWait() {
        // Act
        double hours = ErlangC.meanWaitHours(13, 200, Duration.ofMinutes(3));

        // Assert
        assertThat(hours * 3600).isCloseTo(0.2853 * 180 / 3, within(0.05));
    }

    @Test
    @DisplayName("a load of a thousand erlangs stays finite and between 0 and 1 (no factorial overflows)")
    void largeTeams() {
        // Act
        double waiting = ErlangC.probabilityOfWaiting(1030, 1000);
        int needed = ErlangC.reviewersNeeded(10_000, Duration.ofMinutes(6), Duration.ofMinutes(1), 0.2);

        // Assert
        assertThat(waiting).isStrictlyBetween(0.0, 1.0);
        assertThat(needed).isBetween(1001, 1100);
    }

    @Test
    @DisplayName("reviewers who cannot keep up (c ≤ a) always wait; no arrivals need nobody")
    void edges() {
        // Act & Assert
        assertThat(ErlangC.probabilityOfWaiting(10, 10)).isEqualTo(1);
        assertThat(ErlangC.probabilityWaitingLongerThan(5, 200, Duration.ofMinutes(3), Duration.ofHours(1))).isEqualTo(1);
        assertThat(ErlangC.meanWaitHours(10, 200, Duration.ofMinutes(3))).isInfinite();
        assertThat(ErlangC.reviewersNeeded(0, Duration.ofMinutes(3), Duration.ofHours(1), 0.2)).isZero();
        assertThatThrownBy(() -> ErlangC.reviewersNeeded(1, Duration.ofMinutes(3), Duration.ofHours(1), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.erlangB(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
