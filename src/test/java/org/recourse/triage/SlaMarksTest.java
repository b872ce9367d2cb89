package org.recourse.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recourse.cases.Case;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;
import org.recourse.cases.SlaMark;
import org.recourse.cases.SlaPolicy;
import org.recourse.testing.MovableClock;

/** The SLA marks the watch sets, by moving a clock along a case's review time (24 h for other harmful content). */
@DisplayName("SLA marks on a case")
class SlaMarksTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(24);

    private final MovableClock clock = new MovableClock(T0);

    private static Case opened() {
        return aCase().category(Category.OTHER_HARMFUL).openedAt(T0).build();
    }

    @Test
    @DisplayName("at risk exactly when 80% of the review time is used, not a moment before")
    void atRiskAtEightyPercent() {
        // Arrange
        Case caseFile = opened();
        clock.set(T0.plus(WINDOW.multipliedBy(4).dividedBy(5)).minusNanos(1));

        // Act
        SlaMark justBefore = caseFile.updateSla(clock.instant());
        clock.advance(Duration.ofNanos(1));
        SlaMark atEighty = caseFile.updateSla(clock.instant());

        // Assert
        assertThat(justBefore).isEqualTo(SlaMark.NONE);
        assertThat(atEighty).isEqualTo(SlaMark.AT_RISK);
        assertThat(caseFile.atRiskAt()).isEqualTo(T0.plus(Duration.ofMinutes(19 * 60 + 12)));
        assertThat(caseFile.overdueAt()).isNull();
        assertThat(caseFile.breachNoticeDue()).isFalse();
    }

    @Test
    @DisplayName("at risk is set once; overdue exactly at 100%, and then a notice is due")
    void overdueAtTheDueTime() {
        // Arrange
        Case caseFile = opened();
        clock.set(T0.plus(Duration.ofHours(20)));
        caseFile.updateSla(clock.instant());

        // Act
        clock.advance(Duration.ofHours(1));
        SlaMark againAtRisk = caseFile.updateSla(clock.instant());
        clock.set(T0.plus(WINDOW).minusNanos(1));
        SlaMark justBeforeDue = caseFile.updateSla(clock.instant());
        clock.set(T0.plus(WINDOW));
        SlaMark atDue = caseFile.updateSla(clock.instant());

        // Assert
        assertThat(againAtRisk).isEqualTo(SlaMark.NONE);
        assertThat(justBeforeDue).isEqualTo(SlaMark.NONE);
        assertThat(atDue).isEqualTo(SlaMark.OVERDUE);
        assertThat(caseFile.atRiskAt()).isEqualTo(T0.plus(Duration.ofHours(20)));
        assertThat(caseFile.overdueAt()).isEqualTo(T0.plus(WINDOW));
        assertThat(caseFile.breachNoticeDue()).isTrue();
    }

    @Test
    @DisplayName("an overdue case is not marked again, and once told, no notice is due any more")
    void overdueNotRemarked() {
        // Arrange
        Case caseFile = opened();
        clock.set(T0.plus(WINDOW).plusSeconds(5));
        caseFile.updateSla(clock.instant());
        caseFile.breachNoticeSent(clock.instant());

        // Act
        clock.advance(Duration.ofHours(3));
        SlaMark later = caseFile.updateSla(clock.instant());

        // Assert
        assertThat(later).isEqualTo(SlaMark.NONE);
        assertThat(caseFile.overdueAt()).isEqualTo(T0.plus(WINDOW).plusSeconds(5));
        assertThat(caseFile.breachNotifiedAt()).isEqualTo(T0.plus(WINDOW).plusSeconds(5));
        assertThat(caseFile.breachNoticeDue()).isFalse();
    }

    @Test
    @DisplayName("a case first seen after its due time is marked at risk and overdue at once")
    void straightToOverdue() {
        // Arrange
        Case caseFile = opened();
        clock.set(T0.plus(WINDOW).plusSeconds(90));

        // Act
        SlaMark mark = caseFile.updateSla(clock.instant());

        // Assert
        assertThat(mark).isEqualTo(SlaMark.OVERDUE);
        assertThat(caseFile.atRiskAt()).isEqualTo(clock.instant());
        assertThat(caseFile.overdueAt()).isEqualTo(clock.instant());
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"IN_REVIEW", "ESCALATED"})
    @DisplayName("a case someone holds is still watched")
    void heldCasesWatched(CaseStatus status) {
        // Arrange
        Case caseFile = aCase().category(Category.OTHER_HARMFUL).openedAt(T0).inStatus(status).build();

        // Act
        SlaMark mark = caseFile.updateSla(T0.plus(WINDOW));

        // Assert
        assertThat(mark).isEqualTo(SlaMark.OVERDUE);
        assertThat(caseFile.breachNoticeDue()).isTrue();
    }

    @Test
    @DisplayName("a closed case is never marked and never due a notice")
    void closedNotWatched() {
        // Arrange
        Case caseFile = aCase().openedAt(T0).inStatus(CaseStatus.CLOSED).build();

        // Act
        SlaMark mark = caseFile.updateSla(T0.plus(Duration.ofDays(3)));

        // Assert
        assertThat(mark).isEqualTo(SlaMark.NONE);
        assertThat(caseFile.overdueAt()).isNull();
        assertThat(caseFile.breachNoticeDue()).isFalse();
    }

    @Test
    @DisplayName("a configured window counts: 10 minutes means at risk after 8")
    void configuredWindow() {
        // Arrange
        SlaPolicy tenMinutes = new SlaPolicy(Map.of(Category.OTHER_HARMFUL, Duration.ofMinutes(10)),
                Duration.ofHours(1));
        Case caseFile = aCase().category(Category.OTHER_HARMFUL).openedAt(T0).policy(tenMinutes).build();

        // Act / Assert
        assertThat(caseFile.updateSla(T0.plus(Duration.ofMinutes(8)).minusMillis(1))).isEqualTo(SlaMark.NONE);
        assertThat(caseFile.updateSla(T0.plus(Duration.ofMinutes(8)))).isEqualTo(SlaMark.AT_RISK);
        assertThat(caseFile.updateSla(T0.plus(Duration.ofMinutes(10)))).isEqualTo(SlaMark.OVERDUE);
    }
}
