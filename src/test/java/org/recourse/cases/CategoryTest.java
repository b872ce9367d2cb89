package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Category")
class CategoryTest {

    /** Most severe first, as the queue orders them. */
    private static final List<Category> BY_SEVERITY = List.of(
            Category.CHILD_SEXUAL_IMAGERY,
            Category.SURVIVOR_PERSONAL_INFORMATION,
            Category.SURVIVOR_CHILDHOOD_IMAGE,
            Category.SURVIVOR_ADULT_IMAGE,
            Category.SURVIVOR_HARASSMENT,
            Category.NON_CONSENSUAL_INTIMATE_IMAGE,
            Category.OTHER_HARMFUL);

    static Category moreSevereByRanking(Category a, Category b) {
        return BY_SEVERITY.indexOf(a) <= BY_SEVERITY.indexOf(b) ? a : b;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "CHILD_SEXUAL_IMAGERY, PT1H",
            "SURVIVOR_PERSONAL_INFORMATION, PT1H",
            "SURVIVOR_CHILDHOOD_IMAGE, PT4H",
            "SURVIVOR_ADULT_IMAGE, PT4H",
            "SURVIVOR_HARASSMENT, PT12H",
            "NON_CONSENSUAL_INTIMATE_IMAGE, PT24H",
            "OTHER_HARMFUL, PT24H"
    })
    @DisplayName("has the review window of the survivors' report by default")
    void defaultWindows(Category category, Duration window) {
        // Act / Assert
        assertThat(category.defaultReviewWindow()).isEqualTo(window);
    }

    @Test
    @DisplayName("the ranking above names every category once")
    void rankingIsComplete() {
        // Act / Assert
        assertThat(BY_SEVERITY).containsExactlyInAnyOrder(Category.values());
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(Category.values())
                .flatMap(a -> Arrays.stream(Category.values()).map(b -> Arguments.of(a, b)));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @MethodSource("everyPair")
    @DisplayName("the more severe of two is the one ranked higher, whichever way round")
    void mostSevere(Category a, Category b) {
        // Act
        Category result = a.mostSevere(b);

        // Assert
        assertThat(result).isEqualTo(moreSevereByRanking(a, b)).isEqualTo(b.mostSevere(a));
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    @DisplayName("its code is its lower-case name and reads back")
    void codeRoundTrip(Category category) {
        // Act
        String code = category.code();

        // Assert
        assertThat(code).isEqualTo(category.name().toLowerCase());
        assertThat(Category.fromCode(code)).contains(category);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"spam", "CHILD_SEXUAL_IMAGERY", " other_harmful", "other-harmful"})
    @DisplayName("an unknown code is no category")
    void unknownCode(String code) {
        // Act / Assert
        assertThat(Category.fromCode(code)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    @DisplayName("only child sexual imagery assumes a child")
    void assumesChild(Category category) {
        // Act / Assert
        assertThat(category.assumesChild()).isEqualTo(category == Category.CHILD_SEXUAL_IMAGERY);
    }
}
