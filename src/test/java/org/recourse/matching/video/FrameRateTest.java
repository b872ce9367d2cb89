package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference's arithmetic of frame steps and timestamps, on the cases its README calls out. */
@DisplayName("Frame steps and timestamps as the reference computes them")
class FrameRateTest {

    @ParameterizedTest(name = "{0}/{1} fps, {2} s per hash: every {3}th frame")
    @CsvSource({"25,1,1,25", "30000,1001,1,29", "25,1,0,1", "1,2,1,1", "16,1,0.5,8", "15,1,1,15"})
    @DisplayName("frame step: seconds times rate, truncated, 0 made 1")
    void frameStep(long num, long den, double seconds, int step) {
        assertThat(new FrameRate(num, den).frameStep(seconds)).isEqualTo(step);
    }

    @Test
    @DisplayName("29.97 fps: float32 arithmetic gives 2.503 for frame 75, where double gives 2.502")
    void float32() {
        // Arrange
        FrameRate rate = new FrameRate(30000, 1001);

        // Act
        float timestamp = rate.timestampOf(75);

        // Assert
        assertThat(ReferenceNumbers.threeDecimals(timestamp)).isEqualTo("2.503");
        assertThat(new BigDecimal(75 / rate.perSecond()).setScale(3, RoundingMode.HALF_EVEN)).hasToString("2.502");
    }

    @ParameterizedTest(name = "frame {0} at 16 fps prints {1}")
    @CsvSource({"1,0.062", "3,0.188", "5,0.312", "7,0.438", "16,1.000"})
    @DisplayName("16 fps: exact ties round to the even digit, as C's printf (Java's format rounds them up)")
    void ties(int frame, String printed) {
        assertThat(ReferenceNumbers.threeDecimals(new FrameRate(16, 1).timestampOf(frame))).isEqualTo(printed);
    }

    @Test
    @DisplayName("percentages: a tie at the second decimal goes to the even digit")
    void percentages() {
        assertThat(ReferenceNumbers.twoDecimals(100.0 / 32)).isEqualTo("3.12");
        assertThat(String.format("%.2f", 100.0 / 32)).isEqualTo("3.13");
        assertThat(ReferenceNumbers.twoDecimals(199 * 100.0 / 200)).isEqualTo("99.50");
    }

    @Test
    @DisplayName("a rate of 0/0 or a negative one is no rate")
    void parse() {
        assertThat(FrameRate.parse("30000/1001")).contains(new FrameRate(30000, 1001));
        assertThat(FrameRate.parse("0/0")).isEmpty();
        assertThat(FrameRate.parse("-25/1")).isEmpty();
        assertThat(FrameRate.parse("25")).isEmpty();
    }
}
