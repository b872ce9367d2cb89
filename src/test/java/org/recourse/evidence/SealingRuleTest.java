package org.recourse.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Category;
import org.recourse.cases.Decision;

/** Which decisions seal a record: the whole table of categories and decisions, by law and by setting. */
@DisplayName("Sealing rule: which decisions seal evidence")
class SealingRuleTest {

    static Stream<Arguments> table() {
        return Stream.of(Category.values()).flatMap(category -> Stream.of(Decision.values())
                .map(decision -> Arguments.of(category, decision)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("table")
    @DisplayName("by law: a removal or referral in a category that assumes a child, nothing else")
    void byLaw(Category category, Decision decision) {
        boolean removes = decision == Decision.REMOVE || decision == Decision.REFER;

        assertThat(SealingRule.LAW_ONLY.seals(category, decision)).isEqualTo(removes && category.assumesChild());
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("table")
    @DisplayName("by setting: the added categories seal on removal and referral too")
    void bySetting(Category category, Decision decision) {
        SealingRule rule = SealingRule.adding(" survivor_childhood_image , non_consensual_intimate_image,");
        boolean removes = decision == Decision.REMOVE || decision == Decision.REFER;
        boolean listed = category == Category.CHILD_SEXUAL_IMAGERY || category == Category.SURVIVOR_CHILDHOOD_IMAGE
                || category == Category.NON_CONSENSUAL_INTIMATE_IMAGE;

        assertThat(rule.seals(category, decision)).isEqualTo(removes && listed);
    }

    @Test
    @DisplayName("an unknown category code in the setting is refused by name")
    void unknownCode() {
        assertThatThrownBy(() -> SealingRule.adding("child_sexual_imagery,spam"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spam");
    }
}
