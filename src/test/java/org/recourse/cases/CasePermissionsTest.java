package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.staff.Role;

@DisplayName("Case: who may claim, decide or look in full (role x status x action)")
class CasePermissionsTest {

    private static final Instant NOW = CaseBuilder.DEFAULT_OPENED_AT.plusSeconds(600);
    private static final String ME = "rev";

    /** Who holds the case when the reviewer {@link #ME} acts. */
    enum Holding {
        NOBODY, ME, ANOTHER_MODERATOR, ANOTHER_SUPERVISOR
    }

    /**
     * The whole table, written out by hand so that a change to the rule must be a deliberate change here too. Each
     * row is a status and who holds the case; each column a role, with C(laim), D(ecide) and V(iew in full) allowed
     * when written, refused when "-". "ESCALATED ME" for a moderator is a row from before the rule (a moderator who
     * took an escalated case): it gives them nothing.
     */
    private static final String[] TABLE = {
        //                         MODERATOR  SUPERVISOR  ADMIN
        "OPEN       NOBODY              C--   CDV   CDV",
        "IN_REVIEW  ME                  CDV   CDV   CDV",
        "IN_REVIEW  ANOTHER_MODERATOR   ---   -DV   -DV",
        "IN_REVIEW  ANOTHER_SUPERVISOR  ---   -DV   -DV",
        "ESCALATED  NOBODY              ---   CDV   CDV",
        "ESCALATED  ME                  ---   CDV   CDV",
        "ESCALATED  ANOTHER_SUPERVISOR  ---   -DV   -DV",
        "CLOSED     NOBODY              ---   ---   ---"};

    private static final Role[] COLUMNS = {Role.MODERATOR, Role.SUPERVISOR, Role.ADMIN};
    private static final CaseAction[] ACTIONS = {CaseAction.CLAIM, CaseAction.DECIDE, CaseAction.VIEW_IN_FULL};

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : TABLE) {
            String[] cells = line.trim().split("\\s+");
            for (int column = 0; column < COLUMNS.length; column++) {
                for (int action = 0; action < ACTIONS.length; action++) {
                    rows.add(Arguments.of(COLUMNS[column], CaseStatus.valueOf(cells[0]), Holding.valueOf(cells[1]),
                            ACTIONS[action], cells[2 + column].charAt(action) != '-'));
                }
            }
        }
        return rows.stream();
    }

    static Stream<Arguments> claims() {
        return table().filter(row -> row.get()[3] == CaseAction.CLAIM);
    }

    /** A case in this status, held as described; a held escalated case was held when it was escalated, if need be. */
    private static Case caseIn(CaseStatus status, Holding holding, Role role) {
        return switch (holding) {
            case NOBODY -> aCase().inStatus(status).build();
            case ANOTHER_MODERATOR -> aCase().inStatus(status).claimedBy("mona", Role.MODERATOR).build();
            case ANOTHER_SUPERVISOR -> aCase().inStatus(status).claimedBy("sam", Role.SUPERVISOR).build();
            case ME -> {
                Case held = aCase().claimedBy(ME, role).build();
                if (status != held.status()) {
                    held.moveTo(status, "builder", CaseBuilder.DEFAULT_OPENED_AT);
                }
                yield held;
            }
        };
    }

    @ParameterizedTest(name = "{0}, {1} case held by {2}: {3} -> {4}")
    @MethodSource("table")
    @DisplayName("the case permits exactly what the table allows")
    void permitsFollowTable(Role role, CaseStatus status, Holding holding, CaseAction action, boolean allowed) {
        // Arrange
        Case caseFile = caseIn(status, holding, role);

        // Act
        boolean permitted = caseFile.permits(action, new Reviewer(ME, role));

        // Assert
        assertThat(permitted).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}, {1} case held by {2}: {3} -> {4}")
    @MethodSource("table")
    @DisplayName("a refused action throws with the rule that refused it and changes nothing")
    void requireFollowsTable(Role role, CaseStatus status, Holding holding, CaseAction action, boolean allowed) {
        // Arrange
        Case caseFile = caseIn(status, holding, role);
        String holderBefore = caseFile.assignee();

        if (allowed) {
            // Act / Assert
            caseFile.require(action, new Reviewer(ME, role));
        } else {
            // Act / Assert
            assertThatThrownBy(() -> caseFile.require(action, new Reviewer(ME, role)))
                    .isInstanceOfSatisfying(CaseActionRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(expectedReason(role, status, holding, action)));
            assertThat(caseFile.assignee()).isEqualTo(holderBefore);
            assertThat(caseFile.status()).isEqualTo(status);
        }
    }

    @ParameterizedTest(name = "{0}, {1} case held by {2}: {3} -> {4}")
    @MethodSource("claims")
    @DisplayName("claiming follows the table: an allowed claim makes the reviewer the holder, a refused one changes nothing")
    void claimFollowsTable(Role role, CaseStatus status, Holding holding, CaseAction action, boolean allowed) {
        // Arrange
        Case caseFile = caseIn(status, holding, role);
        String holderBefore = caseFile.assignee();
        Instant claimedBefore = caseFile.claimedAt();

        if (allowed) {
            // Act
            caseFile.claim(new Reviewer(ME, role), NOW);

            // Assert
            assertThat(caseFile.assignee()).isEqualTo(ME);
            assertThat(caseFile.claimedAt()).isEqualTo(NOW);
        } else {
            // Act / Assert
            assertThatThrownBy(() -> caseFile.claim(new Reviewer(ME, role), NOW))
                    .isInstanceOf(CaseActionRefusedException.class);
            assertThat(caseFile.assignee()).isEqualTo(holderBefore);
            assertThat(caseFile.claimedAt()).isEqualTo(claimedBefore);
            assertThat(caseFile.status()).isEqualTo(status);
        }
    }

    /** Which rule refuses: closed first, then the supervisors' escalated case, then someone else's claim. */
    private static CaseActionRefusedException.Reason expectedReason(Role role, CaseStatus status, Holding holding,
            CaseAction action) {
        if (status == CaseStatus.CLOSED) {
            return CaseActionRefusedException.Reason.CLOSED;
        }
        if (status == CaseStatus.ESCALATED && role == Role.MODERATOR) {
            return CaseActionRefusedException.Reason.SUPERVISORS_ONLY;
        }
        return action == CaseAction.CLAIM ? CaseActionRefusedException.Reason.HELD_BY_OTHER
                : CaseActionRefusedException.Reason.NOT_HOLDER;
    }
}
