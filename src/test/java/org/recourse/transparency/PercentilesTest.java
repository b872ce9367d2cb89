package org.recourse.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Percentiles: nearest rank over sorted durations")
class PercentilesTest {

    private static List<Duration> minutes(long... values) {
        return LongStream.of(values).mapToObj(Duration::ofMinutes).sorted().toList();
    }

    @ParameterizedTest(name = "{0} cases 1..n minutes: median {1}, p90 {2}")
    @CsvSource({"1,1,1", "2,1,2", "5,3,5", "10,5,9", "11,6,10", "20,10,18", "100,50,90"})
    @DisplayName("median and p90 are the values at ranks ceil(0.5 n) and ceil(0.9 n)")
    void ranks(int n, long median, long p90) {
        // Arrange
        List<Duration> times = minutes(LongStream.rangeClosed(1, n).toArray());

        // Act, Assert
        assertThat(Percentiles.median(times)).isEqualTo(Duration.ofMinutes(median));
        assertThat(Percentiles.p90(times)).isEqualTo(Duration.ofMinutes(p90));
    }

    @Test
    @DisplayName("a percentile is always a time a real case took, never an average of two")
    void realValues() {
        // Arrange
        List<Duration> times = minutes(0, 0, 0, 60, 600, 601);

        // Act, Assert
        assertThat(Percentiles.median(times)).isEqualTo(Duration.ZERO);
        assertThat(Percentiles.p90(times)).isEqualTo(Duration.ofMinutes(601));
    }

    @Test
    @DisplayName("no durations, or a percentile outside (0, 1], is refused")
    void refusals() {
        assertThatThrownBy(() -> Percentiles.median(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(minutes(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(minutes(1), 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
