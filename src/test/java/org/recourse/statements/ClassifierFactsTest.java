package org.recourse.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.cases.Category;
import org.recourse.intake.SystemNote;

@DisplayName("A statement for an item a classifier's signal held")
class ClassifierFactsTest {

    @Test
    @DisplayName("says a classifier detected it (automated), not a notice; other reports keep their facts")
    void classifierDetection() {
        // Arrange
        SystemNote signal = SystemNote.of("report.system.signal", "safer 3.2.0", "csam_likely", "0.97");
        SystemNote sweep = SystemNote.of("report.system.sweep.case.one", 1, "C-000001");

        // Act
        var held = StatementRules.classifierFacts(Category.CHILD_SEXUAL_IMAGERY, signal);

        // Assert
        assertThat(held).hasValueSatisfying(facts -> {
            assertThat(facts.detection()).isEqualTo(Detection.CLASSIFIER);
            assertThat(facts.detection().automated()).isTrue();
            assertThat(facts.category()).isEqualTo(Category.CHILD_SEXUAL_IMAGERY);
        });
        assertThat(StatementRules.classifierFacts(Category.OTHER_HARMFUL, sweep)).isEmpty();
        assertThat(StatementRules.classifierFacts(Category.OTHER_HARMFUL, null)).isEmpty();
    }
}
