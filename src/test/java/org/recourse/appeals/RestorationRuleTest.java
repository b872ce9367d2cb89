package org.recourse.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Reviewer;
import org.recourse.staff.Role;

@DisplayName("Who may decide an appeal, and when it may restore")
class RestorationRuleTest {

    private static final String JUSTIFICATION = "Both adults verified by the platform, consent on file and current.";
    private static final ProofConfirmation FULL = new ProofConfirmation(new RecordId("age-1"),
            new RecordId("consent-1"), new RecordId("consent-1"));
    private static final ProofConfirmation NO_ONGOING = new ProofConfirmation(new RecordId("age-1"),
            new RecordId("consent-1"), null);

    static Stream<Arguments> deciders() {
        return Stream.of(
                Arguments.of("mona", Role.MODERATOR, Optional.of(AppealRefusal.SAME_REVIEWER)),
                Arguments.of("MONA", Role.SUPERVISOR, Optional.of(AppealRefusal.SAME_REVIEWER)),
                Arguments.of("mona", Role.ADMIN, Optional.of(AppealRefusal.SAME_REVIEWER)),
                Arguments.of("sam", Role.MODERATOR, Optional.empty()),
                Arguments.of("sue", Role.SUPERVISOR, Optional.empty()),
                Arguments.of("ada", Role.ADMIN, Optional.empty()));
    }

    @ParameterizedTest(name = "{0} ({1}) deciding mona''s decision: {2}")
    @MethodSource("deciders")
    @DisplayName("nobody decides the appeal of their own decision, whatever their role")
    void whoMayDecide(String username, Role role, Optional<AppealRefusal> expected) {
        // Arrange
        Reviewer decider = new Reviewer(username, role);

        // Act
        Optional<AppealRefusal> answer = RestorationRule.mayDecide(decider, "mona");

        // Assert
        assertThat(answer).isEqualTo(expected);
    }

    static Stream<Arguments> restorations() {
        return Stream.of(
                // who, protected, persons on record, confirmations, justification -> answer
                Arguments.of("sam", Role.MODERATOR, false, 0, List.of(), null, Optional.empty()),
                Arguments.of("mona", Role.SUPERVISOR, false, 0, List.of(), JUSTIFICATION,
                        Optional.of(AppealRefusal.SAME_REVIEWER)),
                Arguments.of("sam", Role.MODERATOR, true, 1, List.of(FULL), JUSTIFICATION,
                        Optional.of(AppealRefusal.RESTORE_NEEDS_SUPERVISOR)),
                Arguments.of("sue", Role.SUPERVISOR, true, 0, List.of(), JUSTIFICATION,
                        Optional.of(AppealRefusal.RESTORE_NEEDS_RECORDS)),
                Arguments.of("sue", Role.SUPERVISOR, true, 2, List.of(FULL), JUSTIFICATION,
                        Optional.of(AppealRefusal.RESTORE_NEEDS_PROOF)),
                Arguments.of("sue", Role.SUPERVISOR, true, 2, List.of(FULL, NO_ONGOING), JUSTIFICATION,
                        Optional.of(AppealRefusal.RESTORE_NEEDS_PROOF)),
                Arguments.of("sue", Role.SUPERVISOR, true, 1, Collections.singletonList(null), JUSTIFICATION,
                        Optional.of(AppealRefusal.RESTORE_NEEDS_PROOF)),
                Arguments.of("sue", Role.SUPERVISOR, true, 1, List.of(FULL), "too short",
                        Optional.of(AppealRefusal.RESTORE_NEEDS_JUSTIFICATION)),
                Arguments.of("sue", Role.SUPERVISOR, true, 1, List.of(FULL), null,
                        Optional.of(AppealRefusal.RESTORE_NEEDS_JUSTIFICATION)),
                Arguments.of("sue", Role.SUPERVISOR, true, 2, List.of(FULL, FULL), JUSTIFICATION, Optional.empty()),
                Arguments.of("ada", Role.ADMIN, true, 1, List.of(FULL), JUSTIFICATION, Optional.empty()));
    }

    @ParameterizedTest(name = "{0} ({1}), protected {2}, {3} on record, {4}: {6}")
    @MethodSource("restorations")
    @DisplayName("protected content is restored only by a supervisor with complete proof for everyone and a reason")
    void whenRestorationIsAllowed(String username, Role role, boolean protectedContent, int persons,
            List<ProofConfirmation> confirmations, String justification, Optional<AppealRefusal> expected) {
        // Arrange
        Reviewer decider = new Reviewer(username, role);

        // Act
        Optional<AppealRefusal> answer = RestorationRule.mayRestore(decider, "mona", protectedContent, persons,
                confirmations, justification);

        // Assert
        assertThat(answer).isEqualTo(expected);
    }
}
