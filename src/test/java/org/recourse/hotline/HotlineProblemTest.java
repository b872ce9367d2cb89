package org.recourse.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recourse.platform.i18n.Messages;

@DisplayName("A hotline problem: stored with its class, shown in the reader's language with the hotline's own words")
class HotlineProblemTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(HotlineProblem.class)
    @DisplayName("each class survives storing, keeps its detail, and has words in English and French")
    void roundTrip(HotlineProblem problem) {
        // Arrange
        String stored = problem.stored("Refused with 4100: Validation failed - cvc-complex-type.2.4.a");

        // Act / Assert
        assertThat(HotlineProblem.fromStored(stored)).isEqualTo(problem);
        assertThat(HotlineProblem.detailOf(stored)).isEqualTo("Refused with 4100: Validation failed - "
                + "cvc-complex-type.2.4.a");
        assertThat(HotlineProblem.fromStored(problem.stored(null))).isEqualTo(problem);
        assertThat(Messages.in(Locale.ENGLISH).get(problem.messageKey())).isNotBlank();
        assertThat(Messages.in(Locale.CANADA_FRENCH).get(problem.messageKey())).isNotBlank();
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a reason stored without a class is 'another problem', its words kept whole")
    void unclassified() {
        assertThat(HotlineProblem.fromStored("something odd")).isEqualTo(HotlineProblem.OTHER);
        assertThat(HotlineProblem.detailOf("something odd")).isEqualTo("something odd");
        assertThat(HotlineProblem.fromStored(null)).isEqualTo(HotlineProblem.OTHER);
    }
}
