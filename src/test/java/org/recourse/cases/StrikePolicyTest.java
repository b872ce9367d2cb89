package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Strike policy: what a removal does to its uploader")
class StrikePolicyTest {

    @ParameterizedTest(name = "{0} with {1} prior strike(s) -> strike {2}, ban {3} ({4})")
    @CsvSource({
            "CHILD_SEXUAL_IMAGERY,          0, false, true,  ban at once",
            "CHILD_SEXUAL_IMAGERY,          5, false, true,  ban at once",
            "SURVIVOR_CHILDHOOD_IMAGE,      0, false, true,  ban at once",
            "SURVIVOR_PERSONAL_INFORMATION, 0, false, true,  ban at once",
            "NON_CONSENSUAL_INTIMATE_IMAGE, 0, false, true,  ban at once",
            "SURVIVOR_HARASSMENT,           0, true,  false, 1st strike within 365 days (a ban at 3)",
            "SURVIVOR_HARASSMENT,           1, true,  false, 2nd strike within 365 days (a ban at 3)",
            "SURVIVOR_HARASSMENT,           2, true,  true,  3rd strike within 365 days",
            "SURVIVOR_HARASSMENT,           7, true,  true,  8th strike within 365 days",
            "SURVIVOR_ADULT_IMAGE,          0, true,  false, 1st strike within 365 days (a ban at 2)",
            "SURVIVOR_ADULT_IMAGE,          1, true,  true,  2nd strike within 365 days",
            "OTHER_HARMFUL,                 0, false, false, no sanction",
            "OTHER_HARMFUL,                 9, false, false, no sanction"
    })
    @DisplayName("by default: the table of the survivors' report (category x prior strikes within the window)")
    void defaults(Category category, int prior, boolean strike, boolean ban, String rule) {
        // Act
        StrikePolicy.Sanction sanction = StrikePolicy.DEFAULT.onRemoval(category, prior);

        // Assert
        assertThat(sanction.strike()).as("strike").isEqualTo(strike);
        assertThat(sanction.ban()).as("ban").isEqualTo(ban);
        assertThat(sanction.ruleApplied()).isEqualTo(rule);
        assertThat(sanction.strikeNumber()).isEqualTo(strike ? prior + 1 : 0);
    }

    @Test
    @DisplayName("settings replace a category's rule and keep the defaults for the rest")
    void settings() {
        // Arrange
        StrikePolicy policy = new StrikePolicy(Map.of(Category.SURVIVOR_HARASSMENT, SanctionRule.strikes(2, 30),
                Category.OTHER_HARMFUL, SanctionRule.strikes(5, 90)));

        // Act / Assert
        assertThat(policy.onRemoval(Category.SURVIVOR_HARASSMENT, 1).ban()).isTrue();
        assertThat(policy.onRemoval(Category.SURVIVOR_HARASSMENT, 1).ruleApplied())
                .isEqualTo("2nd strike within 30 days");
        assertThat(policy.onRemoval(Category.OTHER_HARMFUL, 3).ban()).isFalse();
        assertThat(policy.onRemoval(Category.OTHER_HARMFUL, 4).ban()).isTrue();
        assertThat(policy.ruleFor(Category.SURVIVOR_PERSONAL_INFORMATION)).isEqualTo(SanctionRule.BAN);
    }

    @ParameterizedTest
    @CsvSource({"none", "3 strikes in 365 days", "1 strike in 1 day"})
    @DisplayName("no setting may weaken the ban for a sexual image of a child")
    void childImageryAlwaysBans(String setting) {
        // Act / Assert
        assertThatThrownBy(() -> new StrikePolicy(Map.of(Category.CHILD_SEXUAL_IMAGERY, SanctionRule.parse(setting))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a setting");
    }

    @ParameterizedTest(name = "{0} removed as {1} -> {2}")
    @CsvSource({
            "SURVIVOR_PERSONAL_INFORMATION, PERSONAL_INFORMATION,          SURVIVOR_PERSONAL_INFORMATION",
            "SURVIVOR_PERSONAL_INFORMATION, HARASSMENT,                    SURVIVOR_HARASSMENT",
            "SURVIVOR_HARASSMENT,           PERSONAL_INFORMATION,          SURVIVOR_PERSONAL_INFORMATION",
            "OTHER_HARMFUL,                 CHILD_SEXUAL_ABUSE_MATERIAL,   CHILD_SEXUAL_IMAGERY",
            "CHILD_SEXUAL_IMAGERY,          HOTLINE,                       CHILD_SEXUAL_IMAGERY",
            "SURVIVOR_HARASSMENT,           LAW_ENFORCEMENT,               SURVIVOR_HARASSMENT",
            "SURVIVOR_ADULT_IMAGE,          SURVIVOR_IMAGE,                SURVIVOR_ADULT_IMAGE",
            "CHILD_SEXUAL_IMAGERY,          SURVIVOR_IMAGE,                SURVIVOR_CHILDHOOD_IMAGE",
            "SURVIVOR_HARASSMENT,           OTHER_VIOLATION,               OTHER_HARMFUL",
            "OTHER_HARMFUL,                 NON_CONSENSUAL_INTIMATE_IMAGE, NON_CONSENSUAL_INTIMATE_IMAGE"
    })
    @DisplayName("a removal counts as the category the reviewer's reason confirms, else the case's")
    void removedAs(Category reported, ReasonCode reason, Category confirmed) {
        // Act / Assert
        assertThat(StrikePolicy.removedAs(reported, reason)).isEqualTo(confirmed);
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    @DisplayName("every category has a rule, and its message key and arguments fit its kind")
    void everyCategoryHasARule(Category category) {
        // Act
        SanctionRule rule = StrikePolicy.DEFAULT.ruleFor(category);

        // Assert
        assertThat(rule.messageKey("p.")).isIn("p.none", "p.ban", "p.strikes");
        assertThat(rule.messageArguments()).hasSize(rule.kind() == SanctionRule.Kind.STRIKE ? 2 : 0);
    }

    @Test
    @DisplayName("negative prior strikes are refused")
    void negativeStrikes() {
        // Act / Assert
        assertThatThrownBy(() -> StrikePolicy.DEFAULT.onRemoval(Category.SURVIVOR_HARASSMENT, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
