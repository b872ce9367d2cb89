package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Decision: results and fitting reasons")
class DecisionTest {

    /** The reasons of each decision, written out so that a change to Decision must be a deliberate change here too. */
    private static final Map<Decision, Set<ReasonCode>> REASONS = Map.of(
            Decision.REMOVE, EnumSet.of(ReasonCode.CHILD_SEXUAL_ABUSE_MATERIAL, ReasonCode.SURVIVOR_IMAGE,
                    ReasonCode.PERSONAL_INFORMATION, ReasonCode.HARASSMENT,
                    ReasonCode.NON_CONSENSUAL_INTIMATE_IMAGE, ReasonCode.OTHER_VIOLATION),
            Decision.RESTORE, EnumSet.of(ReasonCode.NO_VIOLATION, ReasonCode.ADULTS_CONSENTED),
            Decision.ESCALATE, EnumSet.of(ReasonCode.UNSURE, ReasonCode.NEEDS_SUPERVISOR),
            Decision.REFER, EnumSet.of(ReasonCode.HOTLINE, ReasonCode.LAW_ENFORCEMENT));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "REMOVE,   REMOVED",
        "RESTORE,  RESTORED",
        "ESCALATE, ESCALATED",
        "REFER,    REFERRED"})
    @DisplayName("each decision leads to its item status")
    void result(Decision decision, ItemStatus expected) {
        // Act / Assert
        assertThat(decision.result()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    @DisplayName("only escalation leaves the item to be decided again")
    void onlyEscalationUndecided(Decision decision) {
        // Act / Assert
        assertThat(decision.result().isDecided()).isEqualTo(decision != Decision.ESCALATE);
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    @DisplayName("each decision accepts exactly the reasons of the table")
    void reasons(Decision decision) {
        // Act / Assert
        assertThat(decision.reasons()).containsExactlyInAnyOrderElementsOf(REASONS.get(decision));
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    @DisplayName("every reason code fits exactly one decision, so the dashboard can count it under one")
    void everyReasonFitsOneDecision(ReasonCode reason) {
        // Act
        long fitting = Arrays.stream(Decision.values()).filter(d -> d.reasons().contains(reason)).count();

        // Assert
        assertThat(fitting).isOne();
    }

    @Test
    @DisplayName("the reasons a caller gets cannot change the rules")
    void reasonsAreACopy() {
        // Arrange
        Set<ReasonCode> reasons = Decision.RESTORE.reasons();

        // Act
        reasons.add(ReasonCode.CHILD_SEXUAL_ABUSE_MATERIAL);

        // Assert
        assertThat(Decision.RESTORE.reasons()).doesNotContain(ReasonCode.CHILD_SEXUAL_ABUSE_MATERIAL);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Decision.class)
    @DisplayName("allows exactly the reasons of the table, and no reason at all is never allowed")
    void allowsEveryPairOfTheTable(Decision decision) {
        for (ReasonCode reason : ReasonCode.values()) {
            // Act / Assert
            assertThat(decision.allows(reason)).as(decision + " with " + reason)
                    .isEqualTo(REASONS.get(decision).contains(reason));
        }
        assertThat(decision.allows(null)).isFalse();
    }
}
