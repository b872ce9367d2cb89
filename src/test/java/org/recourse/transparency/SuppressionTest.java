package org.recourse.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Suppression: no published figure can single out a case")
class SuppressionTest {

    private static List<Duration> seconds(long... values) {
        return LongStream.of(values).mapToObj(Duration::ofSeconds).toList();
    }

    @ParameterizedTest(name = "count {0}: published {1}")
    @CsvSource({"0,false", "1,false", "4,false", "5,true", "6,true", "1000,true"})
    @DisplayName("a count below 5, zero included, is published as 'fewer than 5'")
    void counts(long count, boolean published) {
        // Act
        Suppression.Cell cell = Suppression.publish(Suppression.Raw.count(count));

        // Assert
        assertThat(cell.suppressed()).isEqualTo(!published);
        assertThat(cell.count()).isEqualTo(published ? Long.valueOf(count) : null);
    }

    @Test
    @DisplayName("median and p90 over fewer than 5 cases are not published; over 5 they are")
    void times() {
        // Act
        Suppression.Cell four = Suppression.publish(Suppression.Raw.times(seconds(1, 2, 3, 4)));
        Suppression.Cell five = Suppression.publish(Suppression.Raw.times(seconds(50, 10, 40, 20, 30)));

        // Assert
        assertThat(four).isEqualTo(Suppression.Cell.HIDDEN);
        assertThat(five.count()).isEqualTo(5L);
        assertThat(five.median()).isEqualTo(Duration.ofSeconds(30));
        assertThat(five.p90()).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    @DisplayName("a share over fewer than 5 decided cases is not published; over more, rounded down")
    void shares() {
        // Act
        Suppression.Cell four = Suppression.publish(Suppression.Raw.share(4, 4));
        Suppression.Cell six = Suppression.publish(Suppression.Raw.share(6, 5));

        // Assert
        assertThat(four.percent()).isNull();
        assertThat(six.percent()).isEqualTo(83);
    }

    @Test
    @DisplayName("when one category of a month is hidden, the next smallest is hidden too (no subtraction from the total)")
    void secondCell() {
        // Arrange
        Map<String, Suppression.Raw> row = new LinkedHashMap<>();
        row.put("a", Suppression.Raw.count(20));
        row.put("b", Suppression.Raw.count(3));
        row.put("c", Suppression.Raw.count(7));
        row.put("d", Suppression.Raw.count(9));

        // Act
        Map<String, Suppression.Cell> published = Suppression.publishRow(row);

        // Assert
        assertThat(published.get("a").count()).isEqualTo(20L);
        assertThat(published.get("b").suppressed()).isTrue();
        assertThat(published.get("c").suppressed()).isTrue();
        assertThat(published.get("d").count()).isEqualTo(9L);
    }

    @Test
    @DisplayName("two or more hidden categories need no second cell; nothing hidden stays as it is")
    void noSecondCell() {
        // Arrange
        Map<String, Suppression.Raw> twoHidden = new LinkedHashMap<>();
        twoHidden.put("a", Suppression.Raw.count(0));
        twoHidden.put("b", Suppression.Raw.count(2));
        twoHidden.put("c", Suppression.Raw.count(6));
        Map<String, Suppression.Raw> noneHidden = Map.of("a", Suppression.Raw.count(5), "b", Suppression.Raw.count(8));

        // Act, Assert
        assertThat(Suppression.publishRow(twoHidden).get("c").count()).isEqualTo(6L);
        assertThat(Suppression.publishRow(noneHidden).values()).noneMatch(Suppression.Cell::suppressed);
    }

    @Test
    @DisplayName("a month's total adds counts, durations and shares of its categories")
    void totals() {
        // Act
        Suppression.Raw times = Suppression.Raw.times(seconds(3, 1)).plus(Suppression.Raw.times(seconds(2)));
        Suppression.Raw shares = Suppression.Raw.share(3, 1).plus(Suppression.Raw.share(4, 2));

        // Assert
        assertThat(times.count()).isEqualTo(3);
        assertThat(times.durations()).containsExactlyElementsOf(seconds(1, 2, 3));
        assertThat(shares.count()).isEqualTo(7);
        assertThat(shares.within()).isEqualTo(3L);
    }
}
