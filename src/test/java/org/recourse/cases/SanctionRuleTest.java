package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Sanction rule: as settings write it")
class SanctionRuleTest {

    @ParameterizedTest(name = "\"{0}\" -> {1} {2}/{3}, written \"{4}\"")
    @CsvSource({
            "none,                   NONE,   0, 0,   none",
            "' Ban ',                BAN,    0, 0,   ban",
            "3 strikes in 365 days,  STRIKE, 3, 365, 3 strikes in 365 days",
            "1 strike in 1 day,      STRIKE, 1, 1,   1 strike in 1 day",
            "20 strikes in 3650 days, STRIKE, 20, 3650, 20 strikes in 3650 days"
    })
    @DisplayName("a setting is read, and written back the same")
    void parses(String setting, SanctionRule.Kind kind, int strikes, int days, String code) {
        // Act
        SanctionRule rule = SanctionRule.parse(setting);

        // Assert
        assertThat(rule.kind()).isEqualTo(kind);
        assertThat(rule.strikesToBan()).isEqualTo(strikes);
        assertThat(rule.windowDays()).isEqualTo(days);
        assertThat(rule.code()).isEqualTo(code);
        assertThat(SanctionRule.parse(rule.code())).isEqualTo(rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ban!", "3 strikes", "0 strikes in 365 days", "21 strikes in 365 days",
            "3 strikes in 0 days", "3 strikes in 3651 days", "-1 strikes in 5 days", "3 strikes in 365 weeks"})
    @DisplayName("anything else is refused, saying what is accepted")
    void refuses(String setting) {
        // Act / Assert
        assertThatThrownBy(() -> SanctionRule.parse(setting)).isInstanceOf(IllegalArgumentException.class);
    }
}
