package org.recourse.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.recourse.cases.Category;
import org.recourse.cases.SanctionRule;
import org.recourse.cases.StrikePolicy;
import org.recourse.intake.Receipt;
import org.recourse.intake.Reference;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.settings.SettingsFixture;

/**
 * The reporter's next steps say what the strike policy will do for the chosen category, from the policy itself: change
 * a setting and the text follows, in English and French; where the policy does nothing, nothing is promised.
 */
@DisplayName("Receipt: the next steps say exactly what the strike policy does")
class ReceiptSanctionTextTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final Messages FRENCH = Messages.in(Locale.CANADA_FRENCH);

    private static String nextSteps(Category category, boolean selfReport, StrikePolicy policy, Messages messages) {
        Receipt receipt = new Receipt(Reference.generate(), category, selfReport, 1, 0, RECEIVED,
                RECEIVED.plus(Duration.ofHours(12)), false, false);
        return new ReceiptView(receipt, SettingsFixture.portal(), policy, messages).nextSteps();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "SURVIVOR_PERSONAL_INFORMATION, the account that posted it is banned., le compte qui l'a publié est banni.",
            "CHILD_SEXUAL_IMAGERY,          the account that posted it is banned., le compte qui l'a publié est banni.",
            "NON_CONSENSUAL_INTIMATE_IMAGE, the account that posted it is banned., le compte qui l'a publié est banni.",
            "SURVIVOR_HARASSMENT,           'receives a strike, and is banned at 3 strikes within 365 days.', "
                    + "'reçoit un avertissement, et il est banni à son 3e avertissement en 365 jours.'",
            "SURVIVOR_ADULT_IMAGE,          'receives a strike, and is banned at 2 strikes within 365 days.', "
                    + "'reçoit un avertissement, et il est banni à son 2e avertissement en 365 jours.'"
    })
    @DisplayName("by default, in English and French")
    void defaults(Category category, String english, String french) {
        // Act / Assert
        assertThat(nextSteps(category, false, StrikePolicy.DEFAULT, ENGLISH)).contains(english);
        assertThat(nextSteps(category, false, StrikePolicy.DEFAULT, FRENCH)).contains(french);
        assertThat(nextSteps(category, true, StrikePolicy.DEFAULT, ENGLISH)).as("a self-report too").contains(english);
    }

    @Test
    @DisplayName("a changed setting changes the text: harassment banned at once, or at 2 strikes in 30 days")
    void followsTheSettings() {
        // Arrange
        StrikePolicy atOnce = new StrikePolicy(Map.of(Category.SURVIVOR_HARASSMENT, SanctionRule.BAN));
        StrikePolicy stricter = new StrikePolicy(Map.of(Category.SURVIVOR_HARASSMENT, SanctionRule.strikes(2, 30)));
        StrikePolicy none = new StrikePolicy(Map.of(Category.SURVIVOR_PERSONAL_INFORMATION, SanctionRule.NONE));

        // Act / Assert
        assertThat(nextSteps(Category.SURVIVOR_HARASSMENT, false, atOnce, ENGLISH))
                .contains("the account that posted it is banned.").doesNotContain("strike");
        assertThat(nextSteps(Category.SURVIVOR_HARASSMENT, false, stricter, ENGLISH))
                .contains("is banned at 2 strikes within 30 days.");
        assertThat(nextSteps(Category.SURVIVOR_HARASSMENT, false, stricter, FRENCH))
                .contains("banni à son 2e avertissement en 30 jours.");
        assertThat(nextSteps(Category.SURVIVOR_PERSONAL_INFORMATION, false, none, ENGLISH)).doesNotContain("bann");
        assertThat(nextSteps(Category.SURVIVOR_PERSONAL_INFORMATION, false, none, FRENCH)).doesNotContain("banni");
    }

    @Test
    @DisplayName("a first strike that bans reads as such")
    void oneStrike() {
        // Arrange
        StrikePolicy oneStrike = new StrikePolicy(Map.of(Category.OTHER_HARMFUL, SanctionRule.strikes(1, 90)));

        // Act / Assert
        assertThat(nextSteps(Category.OTHER_HARMFUL, false, oneStrike, ENGLISH))
                .contains("banned at its first strike within 90 days.");
        assertThat(nextSteps(Category.OTHER_HARMFUL, false, oneStrike, FRENCH))
                .contains("banni dès son premier avertissement en 90 jours.");
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    @DisplayName("nothing is said of a ban or a strike beyond what the policy does, in either language")
    void nothingMore(Category category) {
        // Arrange
        SanctionRule rule = StrikePolicy.DEFAULT.ruleFor(category);

        // Act
        String english = nextSteps(category, false, StrikePolicy.DEFAULT, ENGLISH);
        String french = nextSteps(category, false, StrikePolicy.DEFAULT, FRENCH);

        // Assert: "banned" or "strike" appear exactly where the rule says, "may be" never
        assertThat(english.contains("banned")).isEqualTo(rule.sanctions());
        assertThat(english.contains("strike")).isEqualTo(rule.kind() == SanctionRule.Kind.STRIKE);
        assertThat(french.contains("banni")).isEqualTo(rule.sanctions());
        assertThat(french.contains("avertissement")).isEqualTo(rule.kind() == SanctionRule.Kind.STRIKE);
        assertThat(english).doesNotContain("may be");
        assertThat(french).doesNotContain("peut être", "peuvent être");
    }
}
