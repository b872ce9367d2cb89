package org.recourse.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.cases.ItemStatus;

@DisplayName("A classifier's precision")
class PrecisionTest {

    @ParameterizedTest(name = "{2} confirmed of {1} decided ({0} held), at least {3} -> {4}")
    @CsvSource({
            "10, 10, 10, 5, 100",
            "10, 10,  0, 5, 0",
            "12,  3,  1, 1, 33",
            "12,  3,  2, 1, 67",
            // half up: 1 of 8 is 12.5 %
            " 8,  8,  1, 1, 13",
            "40, 20, 19, 20, 95",
            // too few decided: no percentage, whatever the ratio (-1 here)
            "40, 19, 19, 20, -1",
            " 5,  0,  0, 1, -1"})
    @DisplayName("is confirmed over decided in whole percent, only from enough decided items")
    void percent(long flagged, long decided, long confirmed, int min, int expected) {
        // Arrange
        Precision precision = new Precision("safer", "csam_likely", flagged, decided, confirmed);

        // Act
        var percent = precision.percent(min);

        // Assert
        assertThat(percent.isPresent() ? percent.getAsInt() : -1).isEqualTo(expected);
        assertThat(precision.waiting()).isEqualTo(flagged - decided);
    }

    @Test
    @DisplayName("counts that cannot be (more confirmed than decided, more decided than held) are refused")
    void impossible() {
        // Act & Assert
        assertThatThrownBy(() -> new Precision("c", "l", 3, 2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Precision("c", "l", 1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"REMOVED, CONFIRMED", "REFERRED, CONFIRMED", "RESTORED, NOT_CONFIRMED", "ESCALATED, ", "PENDING_REVIEW, "})
    @DisplayName("a decision confirms (removed, referred) or not (restored); an escalation decides nothing yet")
    void outcomes(ItemStatus status, SignalOutcome expected) {
        // Act & Assert
        assertThat(SignalOutcome.of(status)).isEqualTo(java.util.Optional.ofNullable(expected));
    }
}
