package org.recourse.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Weighing an uploader's behaviour: the window, the weights and the threshold")
class BehaviourPolicyTest {

    /** The defaults: held 3, blocked 5, near miss 1, reported 2, context match 3; 30 days; flagged at 10. */
    private static final BehaviourPolicy DEFAULTS = new BehaviourPolicy(BehaviourPolicyProducer.DEFAULT_WEIGHTS,
            Duration.ofDays(30), 10);

    private static Map<SignalKind, Long> counts(long held, long blocked, long nearMisses, long reported,
            long context) {
        Map<SignalKind, Long> counts = new EnumMap<>(SignalKind.class);
        counts.put(SignalKind.HELD, held);
        counts.put(SignalKind.BLOCKED, blocked);
        counts.put(SignalKind.NEAR_MISS, nearMisses);
        counts.put(SignalKind.REPORTED, reported);
        counts.put(SignalKind.CONTEXT_MATCH, context);
        return counts;
    }

    @ParameterizedTest(name = "held {0}, blocked {1}, near {2}, reported {3}, context {4} → score {5}, flagged {6}")
    @CsvSource({
            // held, blocked, near, reported, context, score, over the threshold
            "0, 0, 0, 0, 0, 0, false",
            "1, 0, 0, 0, 0, 3, false",
            "0, 1, 0, 0, 0, 5, false",
            "0, 0, 9, 0, 0, 9, false",
            "0, 0, 10, 0, 0, 10, true",
            "0, 0, 0, 4, 0, 8, false",
            "0, 0, 0, 5, 0, 10, true",
            "0, 2, 0, 0, 0, 10, true",
            "3, 0, 0, 0, 0, 9, false",
            "3, 0, 1, 0, 0, 10, true",
            "1, 0, 0, 1, 1, 8, false",
            "1, 0, 1, 1, 1, 9, false",
            "1, 1, 1, 1, 1, 14, true",
            "0, 0, 0, 0, 4, 12, true"})
    @DisplayName("each kind weighs its weight, and the threshold is reached at exactly the setting")
    void scoreTable(long held, long blocked, long near, long reported, long context, int score, boolean over) {
        // Act
        int scored = DEFAULTS.score(counts(held, blocked, near, reported, context));

        // Assert
        assertThat(scored).isEqualTo(score);
        assertThat(DEFAULTS.move(false, scored)).isEqualTo(over ? BehaviourPolicy.Move.FLAG
                : BehaviourPolicy.Move.STAY);
    }

    @ParameterizedTest(name = "flagged {0}, score {1} → {2}")
    @CsvSource({
            "false, 0, STAY",
            "false, 9, STAY",
            "false, 10, FLAG",
            "false, 500, FLAG",
            "true, 10, STAY",
            "true, 40, STAY",
            "true, 9, CLEAR",
            "true, 0, CLEAR"})
    @DisplayName("a flag is raised once at a crossing, kept while over, cleared below (so the next crossing is new)")
    void moveTable(boolean flagged, int score, BehaviourPolicy.Move move) {
        // Act & Assert
        assertThat(DEFAULTS.move(flagged, score)).isEqualTo(move);
    }

    @Test
    @DisplayName("an uploader's flag counts one crossing per crossing, however many signals follow")
    void oneCrossingPerCrossing() {
        // Arrange
        UploaderFlag flag = new UploaderFlag();
        Instant now = Instant.parse("2026-12-06T10:00:00Z");

        // Act
        boolean first = flag.weigh(10, DEFAULTS, now);
        boolean again = flag.weigh(15, DEFAULTS, now.plusSeconds(60));
        boolean cleared = flag.weigh(3, DEFAULTS, now.plusSeconds(120));
        boolean second = flag.weigh(11, DEFAULTS, now.plusSeconds(180));

        // Assert
        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(cleared).isFalse();
        assertThat(second).isTrue();
        assertThat(flag.crossings()).isEqualTo(2);
        assertThat(flag.isFlagged()).isTrue();
        assertThat(flag.flaggedAt()).isEqualTo(now.plusSeconds(180));
        assertThat(flag.score()).isEqualTo(11);
    }

    @ParameterizedTest(name = "window {0} at {1}: a signal at {2} counts: {3}")
    @CsvSource({
            "P30D, 2026-12-31T00:00:00Z, 2026-12-01T00:00:00Z, true",
            "P30D, 2026-12-31T00:00:00Z, 2026-11-30T23:59:59Z, false",
            "PT1H, 2026-12-31T00:00:00Z, 2026-12-30T23:00:00Z, true",
            "PT1H, 2026-12-31T00:00:00Z, 2026-12-30T22:59:59Z, false"})
    @DisplayName("a signal counts from the window's start on, and not a second before")
    void windowTable(String window, String now, String seen, boolean counts) {
        // Arrange
        BehaviourPolicy policy = new BehaviourPolicy(Map.of(), Duration.parse(window), 1);

        // Act
        Instant start = policy.windowStart(Instant.parse(now));

        // Assert
        assertThat(!Instant.parse(seen).isBefore(start)).isEqualTo(counts);
    }

    @Test
    @DisplayName("a kind left out of the settings weighs nothing; huge counts do not overflow the score")
    void missingWeightsAndHugeCounts() {
        // Arrange
        BehaviourPolicy onlyBlocks = new BehaviourPolicy(Map.of(SignalKind.BLOCKED, 100), Duration.ofDays(1), 1);

        // Act & Assert
        assertThat(onlyBlocks.score(counts(50, 0, 50, 50, 50))).isZero();
        assertThat(onlyBlocks.score(counts(0, Long.MAX_VALUE, 0, 0, 0))).isEqualTo(100_000_000);
        assertThat(onlyBlocks.windowDays()).isEqualTo(1);
    }

    @Test
    @DisplayName("settings out of bounds are refused: no window, a window over a year, a threshold under 1, "
            + "a weight under 0 or over 100")
    void boundsRefused() {
        // Act & Assert
        assertThatThrownBy(() -> new BehaviourPolicy(Map.of(), Duration.ZERO, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BehaviourPolicy(Map.of(), Duration.ofDays(366), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BehaviourPolicy(Map.of(), Duration.ofDays(30), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BehaviourPolicy(Map.of(SignalKind.HELD, -1), Duration.ofDays(30), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BehaviourPolicy(Map.of(SignalKind.HELD, 101), Duration.ofDays(30), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the settings are read by name, each kind's weight under its own key, defaults for the rest")
    void readFromSettings() {
        // Arrange
        Map<String, String> settings = Map.of("recourse.context.behaviour.window", "p7d",
                "recourse.context.behaviour.flag-at", "4",
                "recourse.context.behaviour.weight.near-miss", "2",
                "recourse.context.behaviour.weight.context-match", "0");

        // Act
        BehaviourPolicy policy = BehaviourPolicyProducer.read(key -> java.util.Optional.ofNullable(settings.get(key)));

        // Assert
        assertThat(policy.window()).isEqualTo(Duration.ofDays(7));
        assertThat(policy.flagAt()).isEqualTo(4);
        assertThat(policy.weights()).containsEntry(SignalKind.NEAR_MISS, 2).containsEntry(SignalKind.CONTEXT_MATCH, 0)
                .containsEntry(SignalKind.HELD, 3).containsEntry(SignalKind.BLOCKED, 5);
    }
}
