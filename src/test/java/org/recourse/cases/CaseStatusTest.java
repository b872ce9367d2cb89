package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.platform.domain.IllegalTransitionException;

@DisplayName("Case status: the transition table")
class CaseStatusTest {

    /** The whole table, written out by hand so that a change to CaseStatus must be a deliberate change here too. */
    private static final Set<String> ALLOWED = Set.of(
            "OPEN -> IN_REVIEW",
            "OPEN -> ESCALATED",
            "IN_REVIEW -> OPEN",
            "IN_REVIEW -> ESCALATED",
            "IN_REVIEW -> CLOSED",
            "ESCALATED -> IN_REVIEW",
            "ESCALATED -> CLOSED");

    private static final Instant MOVED_AT = CaseBuilder.DEFAULT_OPENED_AT.plusSeconds(600);

    static Stream<Arguments> everyPairOfStatuses() {
        return Arrays.stream(CaseStatus.values())
                .flatMap(from -> Arrays.stream(CaseStatus.values()).map(to -> Arguments.of(from, to)));
    }

    private static boolean allowed(CaseStatus from, CaseStatus to) {
        return ALLOWED.contains(from + " -> " + to);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStatuses")
    @DisplayName("the enum allows exactly the moves of the table")
    void enumMatchesTable(CaseStatus from, CaseStatus to) {
        // Act
        boolean canMove = from.canMoveTo(to);

        // Assert
        assertThat(canMove).isEqualTo(allowed(from, to));
        assertThat(from.allowedNext().contains(to)).isEqualTo(canMove);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStatuses")
    @DisplayName("a case makes every allowed move, recording who and when, and refuses every other")
    void caseFollowsTable(CaseStatus from, CaseStatus to) {
        // Arrange
        Case caseFile = aCase().inStatus(from).build();
        Instant changedAtBefore = caseFile.statusChangedAt();
        String changedByBefore = caseFile.statusChangedBy();

        if (allowed(from, to)) {
            // Act
            caseFile.moveTo(to, "moderator-7", MOVED_AT);

            // Assert
            assertThat(caseFile.status()).isEqualTo(to);
            assertThat(caseFile.statusChangedBy()).isEqualTo("moderator-7");
            assertThat(caseFile.statusChangedAt()).isEqualTo(MOVED_AT);
        } else {
            // Act / Assert
            assertThatThrownBy(() -> caseFile.moveTo(to, "moderator-7", MOVED_AT))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("A case cannot move from " + from + " to " + to + ".");
            assertThat(caseFile.status()).isEqualTo(from);
            assertThat(caseFile.statusChangedBy()).isEqualTo(changedByBefore);
            assertThat(caseFile.statusChangedAt()).isEqualTo(changedAtBefore);
        }
    }

    @Test
    @DisplayName("the table covers every status, and the builder reaches each of them")
    void tableCoversEveryStatus() {
        // Act / Assert
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(aCase().inStatus(status).build().status()).isEqualTo(status);
        }
        assertThat(everyPairOfStatuses()).hasSize(16);
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    @DisplayName("only a closed case is not open")
    void isOpen(CaseStatus status) {
        // Act / Assert
        assertThat(status.isOpen()).isEqualTo(status != CaseStatus.CLOSED);
        assertThat(aCase().inStatus(status).build().isOpen()).isEqualTo(status != CaseStatus.CLOSED);
    }

    @Test
    @DisplayName("a closed case can go nowhere")
    void closedIsFinal() {
        // Act / Assert
        assertThat(CaseStatus.CLOSED.allowedNext()).isEmpty();
    }

    @Test
    @DisplayName("a move needs to say who made it")
    void moveNeedsActor() {
        // Arrange
        Case caseFile = aCase().build();

        // Act / Assert
        assertThatThrownBy(() -> caseFile.moveTo(CaseStatus.IN_REVIEW, null, MOVED_AT))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("Who moves the case");
        assertThat(caseFile.status()).isEqualTo(CaseStatus.OPEN);
    }
}
