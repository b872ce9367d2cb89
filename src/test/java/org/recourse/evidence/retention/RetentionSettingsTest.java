package org.recourse.evidence.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Retention settings: jurisdictions, periods, and the override that must say why")
class RetentionSettingsTest {

    private static RetentionSettings.Reading read(Map<String, String> settings) {
        return RetentionSettings.read(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    @DisplayName("by default: the United States, one year; Canada's 21 days ready if it is switched on")
    void defaults() {
        // Act
        RetentionSettings.Reading reading = read(Map.of());

        // Assert
        assertThat(reading.policy().applicable()).containsExactly(Jurisdiction.US);
        assertThat(reading.policy().period(Jurisdiction.US)).isEqualTo(Period.ofYears(1));
        assertThat(reading.policy().period(Jurisdiction.CA)).isEqualTo(Period.ofDays(21));
        assertThat(reading.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "US|[US]",
            "ca|[CA]",
            " US , CA |[US, CA]",
            "NONE|[]",
            "none|[]"
    })
    @DisplayName("jurisdictions are read case-blind, spaces ignored")
    void jurisdictions(String value, String expected) {
        // Act / Assert
        assertThat(read(Map.of(RetentionSettings.JURISDICTIONS, value)).policy().applicable().toString())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"UK", "US,NONE", "US,,CA", "''"})
    @DisplayName("an unknown jurisdiction, an empty one, or NONE with another is refused, naming the setting")
    void badJurisdictions(String value) {
        // Act / Assert
        assertThatThrownBy(() -> read(Map.of(RetentionSettings.JURISDICTIONS, value)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(RetentionSettings.JURISDICTIONS);
    }

    @ParameterizedTest
    @CsvSource({"1 year", "P-1Y", "P1000Y", "PT1H"})
    @DisplayName("a period that is not an ISO-8601 period, negative or absurd is refused, naming the setting")
    void badPeriods(String value) {
        // Act / Assert
        assertThatThrownBy(() -> read(Map.of("recourse.retention.us", value)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recourse.retention.us");
    }

    @Test
    @DisplayName("a weaker period is refused without the override, accepted with it and a warning that quotes why")
    void override() {
        // Act / Assert
        assertThatThrownBy(() -> read(Map.of("recourse.retention.ca", "P7D")))
                .hasMessageContaining("recourse.retention.ca=P7D is shorter than Mandatory Reporting Act");
        RetentionSettings.Reading reading = read(Map.of("recourse.retention.ca", "P7D",
                "recourse.retention.ca.below-statute", "staging copy with synthetic records only"));
        assertThat(reading.policy().period(Jurisdiction.CA)).isEqualTo(Period.ofDays(7));
        assertThat(reading.warnings()).singleElement().asString()
                .contains("recourse.retention.ca=P7D").contains("staging copy with synthetic records only");
    }

    @Test
    @DisplayName("a longer period needs no override and warns of nothing")
    void longer() {
        // Act
        RetentionSettings.Reading reading = read(Map.of("recourse.retention.us", "P2Y",
                RetentionSettings.JURISDICTIONS, "US,CA"));

        // Assert
        assertThat(reading.policy().period(Jurisdiction.US)).isEqualTo(Period.ofYears(2));
        assertThat(reading.warnings()).isEmpty();
    }
}
