package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.content.ContentItem;
import org.recourse.platform.domain.IllegalTransitionException;
import org.recourse.staff.Role;

@DisplayName("Case item: decisions, and what they do to the case")
class CaseItemDecisionTest {

    private static final Instant T0 = CaseBuilder.DEFAULT_OPENED_AT;
    private static final Instant NOW = T0.plus(Duration.ofMinutes(20));
    private static final Instant LATER = T0.plus(Duration.ofMinutes(25));

    /** A fitting reason for each decision, for tests that are not about reasons. */
    private static ReasonCode reasonFor(Decision decision) {
        return switch (decision) {
            case REMOVE -> ReasonCode.OTHER_VIOLATION;
            case RESTORE -> ReasonCode.NO_VIOLATION;
            case ESCALATE -> ReasonCode.UNSURE;
            case REFER -> ReasonCode.HOTLINE;
        };
    }

    private static ItemDecision decide(CaseItem item, Decision decision, String actor, Instant now) {
        return item.decide(decision, reasonFor(decision), null, null, actor, now);
    }

    @Nested
    @DisplayName("reasons")
    class Reasons {

        static Stream<Arguments> everyDecisionAndReason() {
            return Arrays.stream(Decision.values())
                    .flatMap(d -> Arrays.stream(ReasonCode.values()).map(r -> Arguments.of(d, r)));
        }

        @ParameterizedTest(name = "{0} because {1}")
        @MethodSource("everyDecisionAndReason")
        @DisplayName("a decision is taken with a reason that fits it, and refused with any other")
        void reasonMustFit(Decision decision, ReasonCode reason) {
            // Arrange
            Case caseFile = aCase().withExternalItems(2).claimedBy("mona").build();
            CaseItem item = caseFile.items().get(0);

            if (decision.reasons().contains(reason)) {
                // Act
                ItemDecision record = item.decide(decision, reason, "note", null, "mona", NOW);

                // Assert
                assertThat(item.status()).isEqualTo(decision.result());
                assertThat(record.decision()).isEqualTo(decision);
                assertThat(record.reason()).isEqualTo(reason);
            } else {
                // Act / Assert
                assertThatThrownBy(() -> item.decide(decision, reason, "note", null, "mona", NOW))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(String.valueOf(reason))
                        .hasMessageContaining(decision.name());
                assertThat(item.status()).isEqualTo(ItemStatus.PENDING_REVIEW);
                assertThat(caseFile.status()).isEqualTo(CaseStatus.IN_REVIEW);
                assertThat(caseFile.lastActivityAt()).isEqualTo(T0);
            }
        }

        @ParameterizedTest
        @EnumSource(Decision.class)
        @DisplayName("a decision without a reason is refused")
        void reasonRequired(Decision decision) {
            // Arrange
            CaseItem item = aCase().withExternalItems(1).claimedBy("mona").build().items().get(0);

            // Act / Assert
            assertThatThrownBy(() -> item.decide(decision, null, null, null, "mona", NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(item.status()).isEqualTo(ItemStatus.PENDING_REVIEW);
        }

        @Test
        @DisplayName("a decision needs a decision and a time")
        void decisionAndTimeRequired() {
            // Arrange
            CaseItem item = aCase().withExternalItems(1).claimedBy("mona").build().items().get(0);

            // Act / Assert
            assertThatThrownBy(() -> item.decide(null, ReasonCode.UNSURE, null, null, "mona", NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> item.decide(Decision.ESCALATE, ReasonCode.UNSURE, null, null, "mona", null))
                    .isInstanceOf(NullPointerException.class);
            assertThat(item.status()).isEqualTo(ItemStatus.PENDING_REVIEW);
        }
    }

    @Nested
    @DisplayName("the record")
    class Record {

        @Test
        @DisplayName("keeps who, when, why, the note and the justification")
        void keepsEverything() {
            // Arrange
            ContentItem picture = new ContentItem("pic-1", "https://platform.example/media/pic-1", "image/png", null,
                    "uploader-1", T0.minus(Duration.ofDays(2)));
            CaseItem item = aCase().withHostedItem(picture).claimedBy("mona").build().items().get(0);

            // Act
            ItemDecision record = item.decide(Decision.RESTORE, ReasonCode.ADULTS_CONSENTED, "checked",
                    "Signed consent of both adults on file.", "sam", NOW);

            // Assert
            assertThat(record.item()).isSameAs(item);
            assertThat(record.decision()).isEqualTo(Decision.RESTORE);
            assertThat(record.reason()).isEqualTo(ReasonCode.ADULTS_CONSENTED);
            assertThat(record.note()).isEqualTo("checked");
            assertThat(record.justification()).isEqualTo("Signed consent of both adults on file.");
            assertThat(record.decidedBy()).isEqualTo("sam");
            assertThat(record.decidedAt()).isEqualTo(NOW);
        }

        @Test
        @DisplayName("counts as activity on the claim")
        void countsAsActivity() {
            // Arrange
            Case caseFile = aCase().withExternalItems(2).claimedBy("mona").build();

            // Act
            decide(caseFile.items().get(0), Decision.REMOVE, "mona", NOW);

            // Assert
            assertThat(caseFile.lastActivityAt()).isEqualTo(NOW);
            assertThat(caseFile.assignee()).isEqualTo("mona");
        }
    }

    @Nested
    @DisplayName("deciding again")
    class DecidingAgain {

        static Stream<Arguments> finalDecisionThenAnyDecision() {
            return Stream.of(Decision.REMOVE, Decision.RESTORE, Decision.REFER)
                    .flatMap(first -> Arrays.stream(Decision.values()).map(second -> Arguments.of(first, second)));
        }

        @ParameterizedTest(name = "{0}, then {1}")
        @MethodSource("finalDecisionThenAnyDecision")
        @DisplayName("a decided item stays decided")
        void decidedStaysDecided(Decision first, Decision second) {
            // Arrange
            Case caseFile = aCase().withExternalItems(2).claimedBy("mona").build();
            CaseItem item = caseFile.items().get(0);
            decide(item, first, "mona", NOW);

            // Act / Assert
            assertThatThrownBy(() -> decide(item, second, "sam", LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("A case item cannot move from " + first.result() + " to " + second.result() + ".");
            assertThat(item.status()).isEqualTo(first.result());
            assertThat(caseFile.lastActivityAt()).isEqualTo(NOW);
        }

        @ParameterizedTest
        @EnumSource(value = Decision.class, names = {"REMOVE", "RESTORE", "REFER"})
        @DisplayName("an escalated item is decided by the supervisor")
        void escalatedDecidedAgain(Decision decision) {
            // Arrange
            Case caseFile = aCase().withExternalItems(2).claimedBy("mona").build();
            CaseItem item = caseFile.items().get(0);
            decide(item, Decision.ESCALATE, "mona", NOW);

            // Act
            decide(item, decision, "sam", LATER);

            // Assert
            assertThat(item.status()).isEqualTo(decision.result());
        }

        @Test
        @DisplayName("an escalated item cannot be escalated again")
        void notEscalatedTwice() {
            // Arrange
            Case caseFile = aCase().withExternalItems(1).claimedBy("mona").build();
            CaseItem item = caseFile.items().get(0);
            decide(item, Decision.ESCALATE, "mona", NOW);

            // Act / Assert
            assertThatThrownBy(() -> decide(item, Decision.ESCALATE, "sam", LATER))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThat(item.status()).isEqualTo(ItemStatus.ESCALATED);
        }
    }

    @Nested
    @DisplayName("escalating")
    class Escalating {

        @Test
        @DisplayName("hands the case to the supervisors: escalated, held by nobody")
        void escalatesTheCase() {
            // Arrange
            Case caseFile = aCase().withExternalItems(2).claimedBy("mona").build();

            // Act
            decide(caseFile.items().get(0), Decision.ESCALATE, "mona", NOW);

            // Assert
            assertThat(caseFile.status()).isEqualTo(CaseStatus.ESCALATED);
            assertThat(caseFile.assignee()).isNull();
            assertThat(caseFile.statusChangedBy()).isEqualTo("mona");
            assertThat(caseFile.statusChangedAt()).isEqualTo(NOW);
            assertThat(caseFile.isOpen()).isTrue();
            assertThat(caseFile.closedAt()).isNull();
        }

        @Test
        @DisplayName("the only item of a case escalated leaves the case open")
        void onlyItemEscalated() {
            // Arrange
            Case caseFile = aCase().withExternalItems(1).claimedBy("mona").build();

            // Act
            decide(caseFile.items().get(0), Decision.ESCALATE, "mona", NOW);

            // Assert
            assertThat(caseFile.status()).isEqualTo(CaseStatus.ESCALATED);
            assertThat(caseFile.closedAt()).isNull();
        }

        @Test
        @DisplayName("a second item escalated leaves an escalated case as it is")
        void alreadyEscalated() {
            // Arrange
            Case caseFile = aCase().withExternalItems(2).claimedBy("mona").build();
            decide(caseFile.items().get(0), Decision.ESCALATE, "mona", NOW);
            caseFile.claim(new Reviewer("sam", Role.SUPERVISOR), NOW);

            // Act
            decide(caseFile.items().get(1), Decision.ESCALATE, "sam", LATER);

            // Assert
            assertThat(caseFile.status()).isEqualTo(CaseStatus.ESCALATED);
            assertThat(caseFile.statusChangedAt()).isEqualTo(NOW);
            assertThat(caseFile.assignee()).isEqualTo("sam");
        }
    }

    @Nested
    @DisplayName("closing")
    class Closing {

        @Test
        @DisplayName("the case stays in review until its last item is decided, then closes")
        void closesWithLastItem() {
            // Arrange
            Case caseFile = aCase().withExternalItems(3).claimedBy("mona").build();
            Instant last = T0.plus(Duration.ofMinutes(30));

            // Act
            decide(caseFile.items().get(0), Decision.REMOVE, "mona", NOW);
            decide(caseFile.items().get(1), Decision.RESTORE, "mona", LATER);
            CaseStatus beforeLast = caseFile.status();
            decide(caseFile.items().get(2), Decision.REFER, "mona", last);

            // Assert
            assertThat(beforeLast).isEqualTo(CaseStatus.IN_REVIEW);
            assertThat(caseFile.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(caseFile.isOpen()).isFalse();
            assertThat(caseFile.closedAt()).isEqualTo(last);
            assertThat(caseFile.statusChangedAt()).isEqualTo(last);
            assertThat(caseFile.statusChangedBy()).isEqualTo("mona");
            assertThat(caseFile.assignee()).isNull();
        }

        @Test
        @DisplayName("a case is not closed while an item is pending")
        void pendingKeepsOpen() {
            // Arrange
            Case caseFile = aCase().withExternalItems(2).claimedBy("mona").build();

            // Act
            decide(caseFile.items().get(1), Decision.REMOVE, "mona", NOW);

            // Assert
            assertThat(caseFile.status()).isEqualTo(CaseStatus.IN_REVIEW);
            assertThat(caseFile.closedAt()).isNull();
            assertThat(caseFile.assignee()).isEqualTo("mona");
        }

        @Test
        @DisplayName("an escalated case closes once the supervisor has decided the escalated item too")
        void escalatedCaseCloses() {
            // Arrange
            Case caseFile = aCase().withExternalItems(2).claimedBy("mona").build();
            CaseItem escalated = caseFile.items().get(0);
            decide(escalated, Decision.ESCALATE, "mona", NOW);
            decide(caseFile.items().get(1), Decision.REMOVE, "sam", NOW);
            CaseStatus whileEscalatedPending = caseFile.status();

            // Act
            decide(escalated, Decision.REMOVE, "sam", LATER);

            // Assert
            assertThat(whileEscalatedPending).isEqualTo(CaseStatus.ESCALATED);
            assertThat(caseFile.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(caseFile.closedAt()).isEqualTo(LATER);
            assertThat(caseFile.statusChangedBy()).isEqualTo("sam");
        }

        @Test
        @DisplayName("a supervisor deciding every item of a case nobody claimed closes it")
        void unclaimedCaseCloses() {
            // Arrange
            Case caseFile = aCase().withExternalItems(1).build();

            // Act
            decide(caseFile.items().get(0), Decision.REMOVE, "sam", NOW);

            // Assert
            assertThat(caseFile.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(caseFile.closedAt()).isEqualTo(NOW);
            assertThat(caseFile.statusChangedBy()).isEqualTo("sam");
        }

        @Test
        @DisplayName("a released case, partly decided, closes when a supervisor decides the rest")
        void releasedCaseCloses() {
            // Arrange
            Case caseFile = aCase().withExternalItems(2).claimedBy("mona").build();
            decide(caseFile.items().get(0), Decision.REMOVE, "mona", NOW);
            caseFile.giveBack("claim-expiry", NOW);

            // Act
            decide(caseFile.items().get(1), Decision.RESTORE, "sam", LATER);

            // Assert
            assertThat(caseFile.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(caseFile.closedAt()).isEqualTo(LATER);
        }

        @Test
        @DisplayName("a closed case takes no more claims")
        void closedTakesNoClaims() {
            // Arrange
            Case caseFile = aCase().withExternalItems(1).claimedBy("mona").build();
            decide(caseFile.items().get(0), Decision.REMOVE, "mona", NOW);

            // Act / Assert
            assertThatThrownBy(() -> caseFile.claim(new Reviewer("milo", Role.MODERATOR), LATER))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(caseFile.assignee()).isNull();
        }
    }
}
