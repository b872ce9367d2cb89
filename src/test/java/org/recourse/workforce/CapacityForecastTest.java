package org.recourse.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Category;
import org.recourse.cases.SlaPolicy;

/**
 * The forecast from generated history: a steady inflow in the day shift (08:00–16:00 UTC) of every day of the last
 * four weeks, and what each shift of the coming week then needs and loses with a roster. Expected figures are worked
 * out here by hand from Erlang C's formulas (M/M/1: P(wait) = ρ; M/M/c: the sum of a^k/k!), not by the class tested.
 */
@DisplayName("Capacity forecast from generated history")
class CapacityForecastTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final LocalDate TOMORROW = LocalDate.parse("2026-12-07");
    private static final ShiftPlan SHIFTS = ShiftPlan.parse("00:00,08:00,16:00", UTC);

    /** {@code perHour} cases of {@code category} in every hour from 08:00 to 16:00 in the 28 days before NOW. */
    private static CapacityHistory steady(Category category, int perHour, Duration handling) {
        List<CapacityHistory.Arrival> arrivals = new ArrayList<>();
        for (int day = 1; day <= 29; day++) {
            for (int hour = 8; hour < 16; hour++) {
                Instant start = TOMORROW.minusDays(day).atTime(hour, 0).toInstant(ZoneOffset.UTC);
                if (start.isBefore(NOW.minus(Duration.ofDays(28))) || !start.isBefore(NOW)) {
                    continue; // the history is the 28 days before NOW, nothing else
                }
                for (int i = 0; i < perHour; i++) {
                    arrivals.add(new CapacityHistory.Arrival(start.plusSeconds(60L * i), category));
                }
            }
        }
        Map<Category, Duration> means = new EnumMap<>(Category.class);
        for (Category each : Category.values()) {
            means.put(each, handling);
        }
        return new CapacityHistory(NOW, 4, arrivals, means);
    }

    /** Erlang C by its textbook sum, for the expected figures: P(wait) for c reviewers under load a. */
    private static double textbookC(int c, double a) {
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            sum += term;
            term = term * a / (k + 1);
        }
        double last = term * c / (c - a);
        return last / (sum + last);
    }

    static Stream<Arguments> table() {
        double mm1 = 0.5 * Math.exp(-(1 - 0.5) * 6); // ρ = 0.5, 1 h window, μ = 6 per hour
        double sevenOfSix = textbookC(7, 6) * Math.exp(-(7 - 6) * 24 / 0.5);
        return Stream.of(
                // category, cases per hour, handling, roster of the day shift, needed, breaches in the day shift
                Arguments.of(Category.CHILD_SEXUAL_IMAGERY, 3, Duration.ofMinutes(10), 1, 1, 24 * mm1),
                Arguments.of(Category.CHILD_SEXUAL_IMAGERY, 3, Duration.ofMinutes(10), 0, 1, 24.0),
                Arguments.of(Category.OTHER_HARMFUL, 12, Duration.ofMinutes(30), 7, 7, 96 * sevenOfSix),
                Arguments.of(Category.OTHER_HARMFUL, 12, Duration.ofMinutes(30), 6, 7, 96.0),
                Arguments.of(Category.OTHER_HARMFUL, 0, Duration.ofMinutes(30), 0, 0, 0.0));
    }

    @ParameterizedTest(name = "{1}/h of {0}, {2} each, roster {3}: {4} needed, {5} late")
    @MethodSource("table")
    @DisplayName("the day shift's need and its breaches with the roster")
    void dayShift(Category category, int perHour, Duration handling, int roster, int needed, double breaches) {
        // Arrange
        CapacityForecast forecast = new CapacityForecast(SHIFTS, SlaPolicy.DEFAULT, 0.2);

        // Act
        List<ShiftForecast> week = forecast.week(TOMORROW, steady(category, perHour, handling), List.of(0, roster, 0));

        // Assert
        assertThat(week).hasSize(21);
        ShiftForecast day = week.get(1);
        assertThat(day.shift().start().toLocalTime()).hasToString("08:00");
        assertThat(day.expectedCases()).isCloseTo(8.0 * perHour, within(1e-9));
        assertThat(day.reviewersNeeded()).isEqualTo(needed);
        assertThat(day.expectedBreaches()).isCloseTo(breaches, within(1e-6));
        assertThat(day.categories().get(category).reviewersNeeded()).isEqualTo(needed);
        assertThat(week.get(0).expectedCases()).isZero();
        assertThat(week.get(2).reviewersNeeded()).isZero();
    }

    @Test
    @DisplayName("a category's queue needs its own reviewers: two categories add up")
    void categoriesAddUp() {
        // Arrange
        CapacityHistory csam = steady(Category.CHILD_SEXUAL_IMAGERY, 3, Duration.ofMinutes(10));
        List<CapacityHistory.Arrival> both = new ArrayList<>(csam.arrivals());
        steady(Category.OTHER_HARMFUL, 12, Duration.ofMinutes(30)).arrivals().forEach(both::add);
        Map<Category, Duration> means = new EnumMap<>(Category.class);
        for (Category each : Category.values()) {
            means.put(each, each == Category.OTHER_HARMFUL ? Duration.ofMinutes(30) : Duration.ofMinutes(10));
        }

        // Act
        ShiftForecast day = new CapacityForecast(SHIFTS, SlaPolicy.DEFAULT, 0.2)
                .week(TOMORROW, new CapacityHistory(NOW, 4, both, means), List.of(0, 7, 0)).get(1);

        // Assert: 1 + 7 needed; 7 reviewers prevent the most breaches all on the larger queue (its 96 cases kept
        // in time, the 24 others late), not one on the smaller and six that cannot keep up with the larger
        assertThat(day.reviewersNeeded()).isEqualTo(8);
        assertThat(day.shortOfReviewers()).isTrue();
        assertThat(day.categories().get(Category.CHILD_SEXUAL_IMAGERY).expectedBreaches()).isCloseTo(24, within(1e-9));
        assertThat(day.categories().get(Category.OTHER_HARMFUL).expectedBreaches()).isLessThan(0.01);
    }

    @Test
    @DisplayName("weeks the history does not reach yet count only the weeks it does")
    void partialWeeks() {
        // Arrange: the last shift of tomorrow's week runs past NOW's week-old hours for the days not yet reached
        CapacityHistory history = steady(Category.CHILD_SEXUAL_IMAGERY, 3, Duration.ofMinutes(10));

        // Act
        List<ShiftForecast> week = new CapacityForecast(SHIFTS, SlaPolicy.DEFAULT, 0.2)
                .week(TOMORROW, history, List.of(1, 1, 1));

        // Assert: every day shift of the week, same weekday hours over the weeks it has, expects the same 24 cases
        assertThat(week.stream().filter(s -> s.shift().index() == 1).mapToDouble(ShiftForecast::expectedCases))
                .allSatisfy(cases -> assertThat(cases).isCloseTo(24.0, within(1e-9)));
    }

    @Test
    @DisplayName("a night shift runs past midnight; a shift on the night the clocks go forward is an hour shorter")
    void shifts() {
        // Arrange
        ShiftPlan paris = ShiftPlan.parse("06:00,14:00,22:00", ZoneId.of("Europe/Paris"));

        // Act
        ShiftPlan.Occurrence night = paris.occurrence(LocalDate.parse("2026-03-28"), 2);
        ShiftPlan.Occurrence ordinary = paris.occurrence(LocalDate.parse("2026-03-20"), 2);

        // Assert
        assertThat(ordinary.length()).isEqualTo(Duration.ofHours(8));
        assertThat(night.length()).isEqualTo(Duration.ofHours(7));
        assertThat(night.hours()).hasSize(7);
        assertThat(night.end().toLocalDate()).isEqualTo(LocalDate.parse("2026-03-29"));
    }
}
