package org.recourse.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Visibility: the transition table")
class VisibilityTest {

    /** Written out by hand: reported content is hidden; removed content comes back only through an appeal. */
    static final Set<String> ALLOWED = Set.of(
            "VISIBLE -> HIDDEN_PENDING_REVIEW",
            "RESTORED -> HIDDEN_PENDING_REVIEW",
            "HIDDEN_PENDING_REVIEW -> REMOVED",
            "HIDDEN_PENDING_REVIEW -> RESTORED",
            "REMOVED -> RESTORED");

    static Stream<Arguments> everyPair() {
        return Arrays.stream(Visibility.values())
                .flatMap(from -> Arrays.stream(Visibility.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    @DisplayName("allows exactly the moves of the table")
    void followsTable(Visibility from, Visibility to) {
        // Act
        boolean canMove = from.canMoveTo(to);

        // Assert
        assertThat(canMove).isEqualTo(ALLOWED.contains(from + " -> " + to));
        assertThat(from.allowedNext().contains(to)).isEqualTo(canMove);
    }

    @ParameterizedTest(name = "{0}: served {1}")
    @CsvSource({
            "VISIBLE, true",
            "HIDDEN_PENDING_REVIEW, false",
            "REMOVED, false",
            "RESTORED, true"
    })
    @DisplayName("is served only when visible or restored")
    void isServed(Visibility visibility, boolean served) {
        // Act / Assert
        assertThat(visibility.isServed()).isEqualTo(served);
    }
}
