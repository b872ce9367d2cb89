package org.recourse.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.triage.ImageryLimit;

/** Exposure accounting over sequences of reveal, blur, decision, leaving and expiry, and the cap and break rules. */
@DisplayName("Exposure: counted from reveals to their ends, limited by the day's cap and breaks")
class ExposureDayTest {

    private static final Instant DAY = Instant.parse("2026-12-06T00:00:00Z");
    private static final Instant END = DAY.plus(Duration.ofDays(1));
    private static final Duration REVEAL_FOR = Duration.ofMinutes(2);
    private static final Duration BREAK = Duration.ofMinutes(15);

    private static Instant at(int minute) {
        return DAY.plus(Duration.ofHours(9)).plus(Duration.ofMinutes(minute));
    }

    private static ExposureSpan reveal(int minute, Integer coveredAt) {
        return new ExposureSpan(at(minute), at(minute).plus(REVEAL_FOR), coveredAt == null ? null : at(coveredAt));
    }

    static Stream<Arguments> sequences() {
        return Stream.of(
                Arguments.of("reveal, blur after 1 min", List.of(reveal(0, 1)), 60, 1L),
                Arguments.of("reveal, decide after 90 s (covered in whole minutes here: 1)", List.of(reveal(0, 1)), 60, 1L),
                Arguments.of("reveal, never covered: the whole reveal window", List.of(reveal(0, null)), 60, 2L),
                Arguments.of("reveal, covered after expiry: still the window", List.of(reveal(0, 10)), 60, 2L),
                Arguments.of("two items at once count once", List.of(reveal(0, null), reveal(1, null)), 60, 3L),
                Arguments.of("still on screen now: up to now", List.of(reveal(0, null)), 1, 1L),
                Arguments.of("three apart", List.of(reveal(0, 2), reveal(10, 12), reveal(20, 21)), 60, 5L));
    }

    @ParameterizedTest(name = "{0}: {3} min")
    @MethodSource("sequences")
    @DisplayName("minutes of exposure of a sequence")
    void minutes(String sequence, List<ExposureSpan> spans, int nowMinute, long minutes) {
        // Act
        ExposureDay day = ExposureDay.of(spans, DAY, END, at(nowMinute), BREAK);

        // Assert
        assertThat(day.minutes()).as(sequence).isEqualTo(minutes);
    }

    @Test
    @DisplayName("a reveal across midnight counts only its part in the day")
    void midnight() {
        // Arrange
        Instant late = END.minus(Duration.ofMinutes(1));
        ExposureSpan span = new ExposureSpan(late, late.plus(REVEAL_FOR), null);

        // Act
        ExposureDay day = ExposureDay.of(List.of(span), DAY, END, END.plus(Duration.ofHours(1)), BREAK);

        // Assert
        assertThat(day.total()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    @DisplayName("a gap of the break's length ends a stretch; a shorter one does not")
    void stretches() {
        // Arrange: 2 min, gap 5 min, 2 min, gap 20 min, 2 min
        List<ExposureSpan> spans = List.of(reveal(0, null), reveal(7, null), reveal(29, null));

        // Act
        ExposureDay during = ExposureDay.of(spans.subList(0, 2), DAY, END, at(9), BREAK);
        ExposureDay after = ExposureDay.of(spans, DAY, END, at(31), BREAK);
        ExposureDay rested = ExposureDay.of(spans, DAY, END, at(31 + 15), BREAK);

        // Assert
        assertThat(during.stretch()).isEqualTo(Duration.ofMinutes(4));
        assertThat(after.stretch()).isEqualTo(Duration.ofMinutes(2));
        assertThat(after.total()).isEqualTo(Duration.ofMinutes(6));
        assertThat(rested.stretch()).isZero();
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                // total, stretch, limit
                Arguments.of(10, 10, ImageryLimit.NONE),
                Arguments.of(44, 44, ImageryLimit.NONE),
                Arguments.of(45, 45, ImageryLimit.BREAK_DUE),
                Arguments.of(100, 30, ImageryLimit.NONE),
                Arguments.of(120, 10, ImageryLimit.DAILY_CAP),
                Arguments.of(130, 50, ImageryLimit.DAILY_CAP));
    }

    @ParameterizedTest(name = "{0} min today, {1} min since a break: {2}")
    @MethodSource("rules")
    @DisplayName("the cap (120 min) and the break after a stretch (45 min)")
    void limits(int total, int stretch, ImageryLimit limit) {
        // Arrange
        WellbeingRules rules = new WellbeingRules(Duration.ofMinutes(120), Duration.ofMinutes(45), BREAK);
        ExposureDay day = new ExposureDay(Duration.ofMinutes(total), Duration.ofMinutes(stretch), at(0));

        // Act & Assert
        assertThat(rules.limit(day)).isEqualTo(limit);
        assertThat(rules.breakOverAt(day)).isEqualTo(limit == ImageryLimit.BREAK_DUE ? at(15) : null);
    }

    @Test
    @DisplayName("the team's figures carry counts and bands only")
    void team() {
        // Arrange
        WellbeingRules rules = new WellbeingRules(Duration.ofMinutes(120), Duration.ofMinutes(45), BREAK);
        List<ExposureDay> days = Stream.of(0, 10, 40, 95, 130)
                .map(m -> new ExposureDay(Duration.ofMinutes(m), Duration.ZERO, null)).toList();

        // Act
        TeamExposure team = TeamExposure.of(days, rules);

        // Assert
        assertThat(team.reviewers()).isEqualTo(4);
        assertThat(team.totalMinutes()).isEqualTo(275);
        assertThat(team.medianMinutes()).isEqualTo(40);
        assertThat(team.maxMinutes()).isEqualTo(130);
        assertThat(team.overCap()).isEqualTo(1);
        assertThat(team.bands()).extracting(TeamExposure.Band::reviewers).containsExactly(1, 1, 0, 1, 1);
    }
}
