package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Item status: the transition table")
class ItemStatusTest {

    /** Written out by hand: a decision is final, and only a pending item may be escalated. */
    private static final Set<String> ALLOWED = Set.of(
            "PENDING_REVIEW -> ESCALATED",
            "PENDING_REVIEW -> REMOVED",
            "PENDING_REVIEW -> RESTORED",
            "PENDING_REVIEW -> REFERRED",
            "ESCALATED -> REMOVED",
            "ESCALATED -> RESTORED",
            "ESCALATED -> REFERRED");

    static Stream<Arguments> everyPairOfStatuses() {
        return Arrays.stream(ItemStatus.values())
                .flatMap(from -> Arrays.stream(ItemStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStatuses")
    @DisplayName("allows exactly the moves of the table")
    void followsTable(ItemStatus from, ItemStatus to) {
        // Act
        boolean allowed = from.allowedNext().contains(to);

        // Assert
        assertThat(allowed).isEqualTo(ALLOWED.contains(from + " -> " + to));
    }

    @ParameterizedTest(name = "{0}: decided {1}")
    @CsvSource({
            "PENDING_REVIEW, false",
            "ESCALATED, false",
            "REMOVED, true",
            "RESTORED, true",
            "REFERRED, true"
    })
    @DisplayName("is decided exactly when it can move nowhere")
    void isDecided(ItemStatus status, boolean decided) {
        // Act / Assert
        assertThat(status.isDecided()).isEqualTo(decided);
        assertThat(status.allowedNext().isEmpty()).isEqualTo(decided);
    }
}
