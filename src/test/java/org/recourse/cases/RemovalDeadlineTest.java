package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;
import static org.recourse.cases.Category.NON_CONSENSUAL_INTIMATE_IMAGE;
import static org.recourse.cases.Category.OTHER_HARMFUL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Case: the 48-hour legal deadline of a valid removal request (TAKE IT DOWN Act)")
class RemovalDeadlineTest {

    private static final Instant T0 = CaseBuilder.DEFAULT_OPENED_AT;

    /** A clock the test moves, as the SLA watch would read it. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    @DisplayName("is due 48 hours after the request, warns at 80% (38 h 24 min)")
    void fortyEightHours() {
        // Act
        RemovalDeadline deadline = RemovalDeadline.from(T0);

        // Assert
        assertThat(deadline.dueAt()).isEqualTo(T0.plus(Duration.ofHours(48)));
        assertThat(deadline.warnAt()).isEqualTo(T0.plus(Duration.ofHours(38).plusMinutes(24)));
    }

    @Test
    @DisplayName("with a moving clock: nothing before 80%, a warning once, the breach once, then nothing")
    void marksOnceEach() {
        // Arrange
        MovableClock clock = new MovableClock(T0);
        Case caseFile = aCase().category(NON_CONSENSUAL_INTIMATE_IMAGE).build();
        caseFile.takeRemovalRequest(clock.instant());

        // Act
        clock.advance(Duration.ofHours(38).plusMinutes(24).minusNanos(1));
        RemovalDeadline.Mark early = caseFile.markRemovalDeadline(clock.instant());
        boolean dueEarly = caseFile.removalDeadlineMarkDue(clock.instant());
        clock.advance(Duration.ofNanos(1));
        boolean dueAtWarning = caseFile.removalDeadlineMarkDue(clock.instant());
        RemovalDeadline.Mark warning = caseFile.markRemovalDeadline(clock.instant());
        clock.advance(Duration.ofHours(1));
        RemovalDeadline.Mark warningAgain = caseFile.markRemovalDeadline(clock.instant());
        clock.advance(Duration.ofHours(8).plusMinutes(36));
        RemovalDeadline.Mark breach = caseFile.markRemovalDeadline(clock.instant());
        clock.advance(Duration.ofDays(3));
        RemovalDeadline.Mark breachAgain = caseFile.markRemovalDeadline(clock.instant());

        // Assert
        assertThat(early).isEqualTo(RemovalDeadline.Mark.NONE);
        assertThat(dueEarly).isFalse();
        assertThat(dueAtWarning).isTrue();
        assertThat(warning).isEqualTo(RemovalDeadline.Mark.WARNED);
        assertThat(warningAgain).isEqualTo(RemovalDeadline.Mark.NONE);
        assertThat(breach).isEqualTo(RemovalDeadline.Mark.BREACHED);
        assertThat(breachAgain).isEqualTo(RemovalDeadline.Mark.NONE);
        assertThat(caseFile.removalDeadline().orElseThrow().breachedAt()).isEqualTo(T0.plus(Duration.ofHours(48)));
        assertThat(caseFile.removalDeadlineMarkDue(clock.instant())).isFalse();
    }

    @Test
    @DisplayName("a watch that first runs after the deadline sends the breach alone, and the warning is folded in")
    void lateWatchSendsOnlyTheBreach() {
        // Arrange
        Case caseFile = aCase().category(NON_CONSENSUAL_INTIMATE_IMAGE).build();
        caseFile.takeRemovalRequest(T0);

        // Act
        RemovalDeadline.Mark first = caseFile.markRemovalDeadline(T0.plus(Duration.ofHours(50)));
        RemovalDeadline.Mark second = caseFile.markRemovalDeadline(T0.plus(Duration.ofHours(51)));

        // Assert
        assertThat(first).isEqualTo(RemovalDeadline.Mark.BREACHED);
        assertThat(second).isEqualTo(RemovalDeadline.Mark.NONE);
    }

    @Test
    @DisplayName("a case without a request never marks, and a decided (closed) case no longer alerts")
    void onlyOpenLegalCases() {
        // Arrange
        Case plain = aCase().category(OTHER_HARMFUL).build();

        // Act
        RemovalDeadline.Mark mark = plain.markRemovalDeadline(T0.plus(Duration.ofDays(10)));

        // Assert
        assertThat(mark).isEqualTo(RemovalDeadline.Mark.NONE);
        assertThat(plain.removalDeadline()).isEmpty();
        assertThat(plain.queueDueAt()).isEqualTo(plain.reviewDueAt());
    }

    @Test
    @DisplayName("the queue sorts by the earlier of the review-due time and the legal deadline")
    void queueDueIsTheEarlier() {
        // Arrange: an ordinary case is due in 24 h; a request 30 h before its review time makes 48 h the later one
        Case soonReviewed = aCase().category(OTHER_HARMFUL).build();
        Case laterReviewed = aCase().category(OTHER_HARMFUL).build();

        // Act
        soonReviewed.takeRemovalRequest(T0);
        laterReviewed.takeRemovalRequest(T0.minus(Duration.ofHours(30)));

        // Assert
        assertThat(soonReviewed.queueDueAt()).isEqualTo(soonReviewed.reviewDueAt());
        assertThat(laterReviewed.queueDueAt()).isEqualTo(T0.plus(Duration.ofHours(18)));
    }

    @Test
    @DisplayName("a second request never moves the deadline later; an earlier one moves it earlier")
    void secondRequestKeepsTheEarlier() {
        // Arrange
        Case caseFile = aCase().category(NON_CONSENSUAL_INTIMATE_IMAGE).build();
        caseFile.takeRemovalRequest(T0);

        // Act
        caseFile.takeRemovalRequest(T0.plus(Duration.ofHours(5)));

        // Assert
        assertThat(caseFile.removalDeadline().orElseThrow().dueAt()).isEqualTo(T0.plus(Duration.ofHours(48)));
        assertThat(caseFile.removalDeadline().orElseThrow().left(T0.plus(Duration.ofHours(47))))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    @DisplayName("a closed case takes no request")
    void closedCaseRefuses() {
        // Arrange
        Case closed = aCase().category(NON_CONSENSUAL_INTIMATE_IMAGE).build();
        closed.moveTo(CaseStatus.IN_REVIEW, "mod", T0);
        closed.moveTo(CaseStatus.CLOSED, "mod", T0);

        // Act + Assert
        assertThatThrownBy(() -> closed.takeRemovalRequest(T0)).isInstanceOf(IllegalStateException.class);
        assertThat(closed.markRemovalDeadline(T0.plus(Duration.ofDays(3)))).isEqualTo(RemovalDeadline.Mark.NONE);
    }
}
