package org.recourse.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Time zones: the browser's word is taken only when it names a known zone")
class TimeZonesTest {

    private static final ZoneId FALLBACK = ZoneId.of("UTC");

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris", "America/Montreal", "America/Argentina/Buenos_Aires", "UTC"})
    @DisplayName("a known region id is taken")
    void knownZone(String zone) {
        // Act / Assert
        assertThat(TimeZones.parse(zone)).contains(ZoneId.of(zone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Mars/Olympus", "+05:00", "GMT+5", "Europe/Paris; path=/", "../../etc/passwd",
        "Europe/Paris\n", "<script>", "Europe%2FParis"})
    @DisplayName("anything else falls back to the portal's zone")
    void hostileOrUnknown(String zone) {
        // Act / Assert
        assertThat(TimeZones.parse(zone)).isEmpty();
        assertThat(TimeZones.choose(null, zone, FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    @DisplayName("a very long value is refused before any look-up")
    void tooLong() {
        // Act / Assert
        assertThat(TimeZones.parse("Europe/" + "a".repeat(10_000))).isEmpty();
        assertThat(TimeZones.parse(null)).isEmpty();
    }

    @Test
    @DisplayName("the reader's own setting comes before the browser's")
    void profileFirst() {
        // Act / Assert
        assertThat(TimeZones.choose("Asia/Tokyo", "Europe/Paris", FALLBACK)).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(TimeZones.choose(null, "Europe/Paris", FALLBACK)).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(TimeZones.choose("nowhere", null, FALLBACK)).isEqualTo(FALLBACK);
    }
}
