package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.cases.CaseBuilder.aCase;
import static org.recourse.cases.Category.CHILD_SEXUAL_IMAGERY;
import static org.recourse.cases.Category.OTHER_HARMFUL;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Case: SLA marks and breach notices")
class CaseSlaTest {

    private static final Instant T0 = CaseBuilder.DEFAULT_OPENED_AT;
    /** 80% of the 24 h an ordinary (other harmful) case may wait. */
    private static final Duration AT_RISK_AFTER = Duration.ofHours(19).plusMinutes(12);
    private static final Duration DUE_AFTER = Duration.ofHours(24);

    private static Instant at(Duration afterOpening) {
        return T0.plus(afterOpening);
    }

    @Nested
    @DisplayName("updating the marks")
    class UpdatingMarks {

        @Test
        @DisplayName("sets nothing before 80% of the review time is used")
        void nothingEarly() {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).build();

            // Act
            SlaMark atOpening = caseFile.updateSla(T0);
            SlaMark justBefore = caseFile.updateSla(at(AT_RISK_AFTER).minusNanos(1));

            // Assert
            assertThat(atOpening).isEqualTo(SlaMark.NONE);
            assertThat(justBefore).isEqualTo(SlaMark.NONE);
            assertThat(caseFile.atRiskAt()).isNull();
            assertThat(caseFile.overdueAt()).isNull();
        }

        @ParameterizedTest
        @EnumSource(Category.class)
        @DisplayName("marks a case at risk exactly when 80% of its category's review time is used")
        void atRiskAtEightyPercent(Category category) {
            // Arrange
            Case caseFile = aCase().category(category).build();
            Instant eightyPercent = T0.plus(category.defaultReviewWindow().multipliedBy(4).dividedBy(5));

            // Act
            SlaMark before = caseFile.updateSla(eightyPercent.minusNanos(1));
            SlaMark exactly = caseFile.updateSla(eightyPercent);

            // Assert
            assertThat(before).isEqualTo(SlaMark.NONE);
            assertThat(exactly).isEqualTo(SlaMark.AT_RISK);
            assertThat(caseFile.atRiskAt()).isEqualTo(eightyPercent);
            assertThat(caseFile.overdueAt()).isNull();
        }

        @Test
        @DisplayName("marks a case at risk only once")
        void atRiskOnce() {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).build();
            caseFile.updateSla(at(AT_RISK_AFTER));

            // Act
            SlaMark again = caseFile.updateSla(at(AT_RISK_AFTER.plusHours(1)));

            // Assert
            assertThat(again).isEqualTo(SlaMark.NONE);
            assertThat(caseFile.atRiskAt()).isEqualTo(at(AT_RISK_AFTER));
        }

        @Test
        @DisplayName("marks a case overdue exactly at its due time, keeping when it went at risk")
        void overdueAtDueTime() {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).build();
            caseFile.updateSla(at(AT_RISK_AFTER));

            // Act
            SlaMark justBefore = caseFile.updateSla(at(DUE_AFTER).minusNanos(1));
            SlaMark exactly = caseFile.updateSla(at(DUE_AFTER));

            // Assert
            assertThat(justBefore).isEqualTo(SlaMark.NONE);
            assertThat(exactly).isEqualTo(SlaMark.OVERDUE);
            assertThat(caseFile.overdueAt()).isEqualTo(at(DUE_AFTER));
            assertThat(caseFile.atRiskAt()).isEqualTo(at(AT_RISK_AFTER));
        }

        @Test
        @DisplayName("marks a case overdue only once")
        void overdueOnce() {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).build();
            caseFile.updateSla(at(DUE_AFTER));

            // Act
            SlaMark again = caseFile.updateSla(at(DUE_AFTER.plusHours(2)));

            // Assert
            assertThat(again).isEqualTo(SlaMark.NONE);
            assertThat(caseFile.overdueAt()).isEqualTo(at(DUE_AFTER));
        }

        @Test
        @DisplayName("a case first checked after its due time is overdue, and at risk from then too")
        void straightToOverdue() {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).build();
            Instant late = at(DUE_AFTER.plusMinutes(7));

            // Act
            SlaMark mark = caseFile.updateSla(late);

            // Assert
            assertThat(mark).isEqualTo(SlaMark.OVERDUE);
            assertThat(caseFile.overdueAt()).isEqualTo(late);
            assertThat(caseFile.atRiskAt()).isEqualTo(late);
        }

        @ParameterizedTest
        @EnumSource(value = CaseStatus.class, names = {"OPEN", "IN_REVIEW", "ESCALATED"})
        @DisplayName("marks every case still open, whoever holds it")
        void everyOpenStatus(CaseStatus status) {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).inStatus(status).build();

            // Act
            SlaMark mark = caseFile.updateSla(at(DUE_AFTER));

            // Assert
            assertThat(mark).isEqualTo(SlaMark.OVERDUE);
        }

        @Test
        @DisplayName("never marks a closed case, however late")
        void closedNeverMarked() {
            // Arrange
            Case closed = aCase().category(OTHER_HARMFUL).inStatus(CaseStatus.CLOSED).build();

            // Act
            SlaMark atRisk = closed.updateSla(at(AT_RISK_AFTER));
            SlaMark overdue = closed.updateSla(at(DUE_AFTER.plusDays(3)));

            // Assert
            assertThat(atRisk).isEqualTo(SlaMark.NONE);
            assertThat(overdue).isEqualTo(SlaMark.NONE);
            assertThat(closed.atRiskAt()).isNull();
            assertThat(closed.overdueAt()).isNull();
            assertThat(closed.isOverdue(at(DUE_AFTER.plusDays(3)))).isFalse();
        }

        @Test
        @DisplayName("a review moved earlier by another report is measured against the new due time")
        void reviewMovedEarlier() {
            // Arrange: due at T0 + 24 h, then a report of child imagery at T0 + 2 h moves it to T0 + 3 h
            Case caseFile = aCase().category(OTHER_HARMFUL).build();
            caseFile.joinReport(CHILD_SEXUAL_IMAGERY, false, at(Duration.ofHours(2)), SlaPolicy.DEFAULT);

            // Act: 80% of the 3 h from opening to the new due time is 2 h 24 min
            SlaMark before = caseFile.updateSla(at(Duration.ofMinutes(143)));
            SlaMark atRisk = caseFile.updateSla(at(Duration.ofMinutes(144)));
            SlaMark overdue = caseFile.updateSla(at(Duration.ofHours(3)));

            // Assert
            assertThat(before).isEqualTo(SlaMark.NONE);
            assertThat(atRisk).isEqualTo(SlaMark.AT_RISK);
            assertThat(overdue).isEqualTo(SlaMark.OVERDUE);
        }

        @Test
        @DisplayName("is overdue from the due time on, for as long as the case is open")
        void isOverdue() {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).build();

            // Act / Assert
            assertThat(caseFile.isOverdue(at(DUE_AFTER).minusNanos(1))).isFalse();
            assertThat(caseFile.isOverdue(at(DUE_AFTER))).isTrue();
            assertThat(caseFile.isOverdue(at(DUE_AFTER.plusDays(1)))).isTrue();
        }
    }

    @Nested
    @DisplayName("breach notices")
    class BreachNotices {

        @Test
        @DisplayName("are not due for a case on time or only at risk")
        void notDueBeforeOverdue() {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).build();
            boolean onTime = caseFile.breachNoticeDue();

            // Act
            caseFile.updateSla(at(AT_RISK_AFTER));

            // Assert
            assertThat(onTime).isFalse();
            assertThat(caseFile.breachNoticeDue()).isFalse();
        }

        @Test
        @DisplayName("are due once a case is marked overdue")
        void dueWhenOverdue() {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).build();

            // Act
            caseFile.updateSla(at(DUE_AFTER));

            // Assert
            assertThat(caseFile.breachNoticeDue()).isTrue();
            assertThat(caseFile.breachNotifiedAt()).isNull();
        }

        @Test
        @DisplayName("are sent once: a sent notice is no longer due, even when the check runs again")
        void sentOnce() {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).build();
            caseFile.updateSla(at(DUE_AFTER));
            Instant sentAt = at(DUE_AFTER.plusSeconds(10));

            // Act
            caseFile.breachNoticeSent(sentAt);
            caseFile.updateSla(at(DUE_AFTER.plusHours(1)));

            // Assert
            assertThat(caseFile.breachNoticeDue()).isFalse();
            assertThat(caseFile.breachNotifiedAt()).isEqualTo(sentAt);
        }

        @Test
        @DisplayName("are no longer due once an overdue case is closed")
        void notDueWhenClosed() {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).claimedBy("mona").build();
            caseFile.updateSla(at(DUE_AFTER));

            // Act
            caseFile.moveTo(CaseStatus.CLOSED, "mona", at(DUE_AFTER.plusMinutes(1)));

            // Assert
            assertThat(caseFile.overdueAt()).isNotNull();
            assertThat(caseFile.breachNoticeDue()).isFalse();
        }
    }
}
