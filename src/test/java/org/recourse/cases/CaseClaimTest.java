package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.recourse.staff.Role;

@DisplayName("Case: claims")
class CaseClaimTest {

    private static final Instant T0 = CaseBuilder.DEFAULT_OPENED_AT;
    private static final Duration IDLE = Duration.ofMinutes(30);

    private static Instant at(Duration afterOpening) {
        return T0.plus(afterOpening);
    }

    @Nested
    @DisplayName("claiming")
    class Claiming {

        @Test
        @DisplayName("moves an open case to review, held by the reviewer since now")
        void openCaseMovesToReview() {
            // Arrange
            Case caseFile = aCase().build();
            Instant now = at(Duration.ofMinutes(5));

            // Act
            caseFile.claim(new Reviewer("mona", Role.MODERATOR), now);

            // Assert
            assertThat(caseFile.status()).isEqualTo(CaseStatus.IN_REVIEW);
            assertThat(caseFile.assignee()).isEqualTo("mona");
            assertThat(caseFile.claimedAt()).isEqualTo(now);
            assertThat(caseFile.lastActivityAt()).isEqualTo(now);
            assertThat(caseFile.statusChangedBy()).isEqualTo("mona");
            assertThat(caseFile.statusChangedAt()).isEqualTo(now);
        }

        @Test
        @DisplayName("leaves an escalated case with the supervisors, only assigned")
        void escalatedCaseStaysEscalated() {
            // Arrange
            Case caseFile = aCase().inStatus(CaseStatus.ESCALATED).build();
            Instant now = at(Duration.ofMinutes(5));

            // Act
            caseFile.claim(new Reviewer("sam", Role.SUPERVISOR), now);

            // Assert
            assertThat(caseFile.status()).isEqualTo(CaseStatus.ESCALATED);
            assertThat(caseFile.assignee()).isEqualTo("sam");
            assertThat(caseFile.claimedAt()).isEqualTo(now);
            assertThat(caseFile.statusChangedBy()).isEqualTo("builder");
            assertThat(caseFile.statusChangedAt()).isEqualTo(T0);
        }

        @Test
        @DisplayName("by the holder again is harmless and renews the claim")
        void holderClaimsAgain() {
            // Arrange
            Case caseFile = aCase().claimedBy("mona").build();
            Instant later = at(Duration.ofMinutes(20));

            // Act
            caseFile.claim(new Reviewer("mona", Role.MODERATOR), later);

            // Assert
            assertThat(caseFile.status()).isEqualTo(CaseStatus.IN_REVIEW);
            assertThat(caseFile.assignee()).isEqualTo("mona");
            assertThat(caseFile.claimedAt()).isEqualTo(later);
            assertThat(caseFile.lastActivityAt()).isEqualTo(later);
        }

        @ParameterizedTest
        @EnumSource(value = CaseStatus.class, names = {"OPEN", "ESCALATED"})
        @DisplayName("a case someone else holds is refused, naming the holder, and stays theirs")
        void someoneElsesCaseRefused(CaseStatus status) {
            // Arrange
            Case caseFile = aCase().inStatus(status).claimedBy("mona", Role.SUPERVISOR).build();
            CaseStatus statusBefore = caseFile.status();

            // Act / Assert
            assertThatThrownBy(() -> caseFile.claim(new Reviewer("milo", Role.SUPERVISOR), at(Duration.ofMinutes(1))))
                    .isInstanceOfSatisfying(CaseAlreadyClaimedException.class,
                            e -> assertThat(e.holder()).isEqualTo("mona"))
                    .hasMessageContaining("mona");
            assertThat(caseFile.assignee()).isEqualTo("mona");
            assertThat(caseFile.claimedAt()).isEqualTo(T0);
            assertThat(caseFile.status()).isEqualTo(statusBefore);
        }

        @Test
        @DisplayName("a closed case is refused, and nobody holds it")
        void closedCaseRefused() {
            // Arrange
            Case closed = aCase().inStatus(CaseStatus.CLOSED).build();

            // Act / Assert
            assertThatThrownBy(() -> closed.claim(new Reviewer("mona", Role.MODERATOR), at(Duration.ofMinutes(1))))
                    .isInstanceOf(IllegalStateException.class)
                    .isNotInstanceOf(CaseAlreadyClaimedException.class)
                    .hasMessageContaining("closed");
            assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(closed.assignee()).isNull();
            assertThat(closed.claimedAt()).isNull();
        }
    }

    @Nested
    @DisplayName("releasing")
    class Releasing {

        @Test
        @DisplayName("gives a case in review back to the queue, recording who released it")
        void inReviewBackToOpen() {
            // Arrange
            Case caseFile = aCase().claimedBy("mona").build();
            Instant now = at(Duration.ofMinutes(40));

            // Act
            caseFile.giveBack("claim-expiry", now);

            // Assert
            assertThat(caseFile.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(caseFile.assignee()).isNull();
            assertThat(caseFile.claimedAt()).isNull();
            assertThat(caseFile.lastActivityAt()).isNull();
            assertThat(caseFile.statusChangedBy()).isEqualTo("claim-expiry");
            assertThat(caseFile.statusChangedAt()).isEqualTo(now);
        }

        @Test
        @DisplayName("leaves an escalated case escalated, for any supervisor")
        void escalatedStaysEscalated() {
            // Arrange
            Case caseFile = aCase().inStatus(CaseStatus.ESCALATED).claimedBy("sam", Role.SUPERVISOR).build();

            // Act
            caseFile.release(new Reviewer("sam", Role.SUPERVISOR), at(Duration.ofMinutes(3)));

            // Assert
            assertThat(caseFile.status()).isEqualTo(CaseStatus.ESCALATED);
            assertThat(caseFile.assignee()).isNull();
            assertThat(caseFile.claimedAt()).isNull();
            assertThat(caseFile.statusChangedBy()).isEqualTo("builder");
        }

        @Test
        @DisplayName("lets someone else claim the case")
        void someoneElseMayClaim() {
            // Arrange
            Case caseFile = aCase().claimedBy("mona").build();
            caseFile.release(new Reviewer("mona", Role.MODERATOR), at(Duration.ofMinutes(3)));

            // Act
            caseFile.claim(new Reviewer("milo", Role.MODERATOR), at(Duration.ofMinutes(4)));

            // Assert
            assertThat(caseFile.status()).isEqualTo(CaseStatus.IN_REVIEW);
            assertThat(caseFile.assignee()).isEqualTo("milo");
        }
    }

    @Nested
    @DisplayName("going idle")
    class GoingIdle {

        @ParameterizedTest(name = "{0} after the claim: idle {1}")
        @CsvSource({
            "PT0S,      false",
            "PT29M59S,  false",
            "PT30M,     true",
            "PT31M,     true",
            "PT5H,      true"})
        @DisplayName("a claim with no activity is idle once the idle time has passed, not a moment before")
        void idleAfterIdleTime(Duration sinceClaim, boolean idle) {
            // Arrange
            Case caseFile = aCase().claimedBy("mona").build();

            // Act
            boolean result = caseFile.claimIdleSince(T0.plus(sinceClaim), IDLE);

            // Assert
            assertThat(result).isEqualTo(idle);
        }

        @Test
        @DisplayName("activity on the case starts the idle time again")
        void activityRestartsIdleTime() {
            // Arrange
            Case caseFile = aCase().claimedBy("mona").build();

            // Act
            caseFile.recordActivity(at(Duration.ofMinutes(20)));

            // Assert
            assertThat(caseFile.lastActivityAt()).isEqualTo(at(Duration.ofMinutes(20)));
            assertThat(caseFile.claimIdleSince(at(Duration.ofMinutes(49)), IDLE)).isFalse();
            assertThat(caseFile.claimIdleSince(at(Duration.ofMinutes(50)), IDLE)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = CaseStatus.class, names = {"OPEN", "ESCALATED"})
        @DisplayName("a case nobody holds is never idle, even with old activity on it")
        void unclaimedNeverIdle(CaseStatus status) {
            // Arrange
            Case caseFile = aCase().inStatus(status).build();
            caseFile.recordActivity(T0);

            // Act
            boolean idle = caseFile.claimIdleSince(at(Duration.ofDays(3)), IDLE);

            // Assert
            assertThat(idle).isFalse();
        }

        @Test
        @DisplayName("a released case is not idle")
        void releasedNotIdle() {
            // Arrange
            Case caseFile = aCase().claimedBy("mona").build();
            caseFile.giveBack("claim-expiry", at(IDLE));

            // Act
            boolean idle = caseFile.claimIdleSince(at(Duration.ofDays(1)), IDLE);

            // Assert
            assertThat(idle).isFalse();
        }
    }
}
