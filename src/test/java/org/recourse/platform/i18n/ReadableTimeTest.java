package org.recourse.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Readable time: moments in the reader's zone, spans and deadlines in words, in both languages")
class ReadableTimeTest {

    private static final Instant NOW = Instant.parse("2026-12-06T13:58:45.922273Z");

    private static ReadableTime in(Locale language, String zone) {
        return new ReadableTime(Messages.in(language), ZoneId.of(zone), NOW);
    }

    @ParameterizedTest(name = "{0} s ago: \"{1}\" / \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "0      | just now          | à l'instant",
        "59     | just now          | à l'instant",
        "240    | 4 min ago         | il y a 4 min",
        "3600   | 1 h ago           | il y a 1 h",
        "7500   | 2 h 5 min ago     | il y a 2 h 5 min",
        "172800 | 2 days ago        | il y a 2 jours",
        "-300   | in 5 min          | dans 5 min"})
    @DisplayName("how long ago, in English and French")
    void ago(long secondsAgo, String english, String french) {
        // Arrange
        Instant then = NOW.minusSeconds(secondsAgo);

        // Act / Assert
        assertThat(in(Locale.ENGLISH, "UTC").ago(then)).isEqualTo(english);
        assertThat(in(Locale.CANADA_FRENCH, "UTC").ago(then)).isEqualTo(french);
    }

    @ParameterizedTest(name = "{0} s left: \"{1}\" / \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "3300   | due in 55 min       | échéance dans 55 min",
        "30     | due now             | échéance maintenant",
        "-30    | overdue now         | en retard depuis un instant",
        "0      | overdue now         | en retard depuis un instant",
        "-300   | overdue by 5 min    | en retard de 5 min",
        "-7500  | overdue by 2 h 5 min | en retard de 2 h 5 min"})
    @DisplayName("a deadline: due in, due now, overdue by")
    void due(long secondsLeft, String english, String french) {
        // Arrange
        Instant deadline = NOW.plusSeconds(secondsLeft);

        // Act / Assert
        assertThat(in(Locale.ENGLISH, "UTC").due(deadline)).isEqualTo(english);
        assertThat(in(Locale.CANADA_FRENCH, "UTC").due(deadline)).isEqualTo(french);
        assertThat(in(Locale.ENGLISH, "UTC").passed(deadline)).isEqualTo(secondsLeft <= 0);
    }

    @Test
    @DisplayName("a moment is written on the reader's clock, naming the zone, never as a raw ISO string")
    void momentInTheReadersZone() {
        // Act
        String paris = in(Locale.ENGLISH, "Europe/Paris").at(NOW);
        String montreal = in(Locale.CANADA_FRENCH, "America/Montreal").at(NOW);
        String utc = in(Locale.ENGLISH, "UTC").at(NOW);

        // Assert: 13:58 UTC is 14:58 in Paris and 08:58 in Montreal in December
        assertThat(paris).contains("Dec 6, 2026").contains("2:58").contains("CET").doesNotContain("T13:58");
        assertThat(montreal).contains("6 déc. 2026").contains("08 h 58").endsWith(" HE");
        assertThat(utc).contains("1:58").contains("UTC");
        assertThat(in(Locale.ENGLISH, "UTC").at(null)).isEqualTo("–");
    }

    @Test
    @DisplayName("spans: minutes, hours with minutes, then days")
    void spans() {
        // Arrange
        ReadableTime english = in(Locale.ENGLISH, "UTC");

        // Act / Assert
        assertThat(english.span(Duration.ofSeconds(59))).isEqualTo("0 min");
        assertThat(english.span(Duration.ofMinutes(120))).isEqualTo("2 h");
        assertThat(english.span(Duration.ofMinutes(47 * 60 + 59))).isEqualTo("47 h 59 min");
        assertThat(english.span(Duration.ofDays(3).plusHours(5))).isEqualTo("3 days");
        assertThat(english.span(Duration.ofMinutes(-5))).isEqualTo("0 min");
    }
}
