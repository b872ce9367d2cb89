package org.recourse.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.cases.Case;
import org.recourse.cases.CaseBuilder;
import org.recourse.cases.CaseItem.Kind;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;
import org.recourse.cases.ItemStatus;
import org.recourse.intake.Reference;

@DisplayName("Report status: what a reporter may learn, from the report's own items")
class ReportStatusTest {

    private static final Instant T0 = CaseBuilder.DEFAULT_OPENED_AT;
    /** A valid reference (its check symbol is right). */
    static final Reference REFERENCE = Reference.parse("K7QM-2XHD-9RTB-F4WS");

    private static ReportStatus status(Case caseFile, ReportStatus.Item... items) {
        return ReportStatus.of(REFERENCE, Category.OTHER_HARMFUL, false, T0, caseFile, List.of(items));
    }

    private static ReportStatus.Item hosted(ItemStatus status, Instant decidedAt) {
        return new ReportStatus.Item(Kind.HOSTED, status, decidedAt);
    }

    @Test
    @DisplayName("a report nobody has looked at yet is received, with its content hidden")
    void received() {
        // Act
        ReportStatus status = status(aCase().build(), hosted(ItemStatus.PENDING_REVIEW, null));

        // Assert
        assertThat(status.stage()).isEqualTo(ReportStatus.Stage.RECEIVED);
        assertThat(status.contentHidden()).isTrue();
        assertThat(status.outcomes()).isEmpty();
        assertThat(status.decidedAt()).isNull();
        assertThat(status.reviewStartedAt()).isNull();
    }

    @Test
    @DisplayName("once a reviewer takes the case it is in review, from the moment they took it")
    void inReview() {
        // Act
        ReportStatus status = status(aCase().claimedBy("mona").build(), hosted(ItemStatus.PENDING_REVIEW, null));

        // Assert
        assertThat(status.stage()).isEqualTo(ReportStatus.Stage.IN_REVIEW);
        assertThat(status.reviewStartedAt()).isEqualTo(T0);
        assertThat(status.withSupervisor()).isFalse();
    }

    @Test
    @DisplayName("an escalated case is with a senior reviewer")
    void escalated() {
        // Act
        ReportStatus status = status(aCase().inStatus(CaseStatus.ESCALATED).build(), hosted(ItemStatus.ESCALATED, null));

        // Assert
        assertThat(status.stage()).isEqualTo(ReportStatus.Stage.IN_REVIEW);
        assertThat(status.withSupervisor()).isTrue();
    }

    @Test
    @DisplayName("one item decided of two: still in review, and the decided one is told")
    void partlyDecided() {
        // Act
        ReportStatus status = status(aCase().claimedBy("mona").build(),
                hosted(ItemStatus.REMOVED, T0.plusSeconds(60)), hosted(ItemStatus.PENDING_REVIEW, null));

        // Assert
        assertThat(status.stage()).isEqualTo(ReportStatus.Stage.IN_REVIEW);
        assertThat(status.outcomes()).containsExactly(
                new ReportStatus.Outcome(ReportStatus.Result.REMOVED, 1, 0, T0.plusSeconds(60)));
        assertThat(status.decidedAt()).isNull();
    }

    @Test
    @DisplayName("every item decided: decided at the last decision, with each kind of outcome in order")
    void decided() {
        // Act
        ReportStatus status = status(aCase().claimedBy("mona").build(),
                hosted(ItemStatus.RESTORED, T0.plusSeconds(300)), hosted(ItemStatus.REMOVED, T0.plusSeconds(60)),
                new ReportStatus.Item(Kind.EXTERNAL, ItemStatus.REFERRED, T0.plusSeconds(120)));

        // Assert
        assertThat(status.stage()).isEqualTo(ReportStatus.Stage.DECIDED);
        assertThat(status.decidedAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(status.outcomes()).extracting(ReportStatus.Outcome::result).containsExactly(
                ReportStatus.Result.REMOVED, ReportStatus.Result.REFERRED, ReportStatus.Result.RESTORED);
        assertThat(status.itemsHidden()).isEqualTo(2);
        assertThat(status.itemsExternal()).isEqualTo(1);
        assertThat(status.has(ReportStatus.Result.RESTORED)).isTrue();
    }

    @Test
    @DisplayName("late once the due time has passed without a decision, never after one")
    void late() {
        // Arrange
        Case open = aCase().build();
        ReportStatus waiting = status(open, hosted(ItemStatus.PENDING_REVIEW, null));
        ReportStatus done = status(open, hosted(ItemStatus.REMOVED, T0.plusSeconds(10)));

        // Act / Assert
        assertThat(waiting.isLate(open.reviewDueAt().minus(Duration.ofSeconds(1)))).isFalse();
        assertThat(waiting.isLate(open.reviewDueAt())).isTrue();
        assertThat(done.isLate(open.reviewDueAt().plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    @DisplayName("a report of outside links only has nothing hidden")
    void externalOnly() {
        // Act
        ReportStatus status = status(aCase().build(), new ReportStatus.Item(Kind.EXTERNAL, ItemStatus.PENDING_REVIEW, null));

        // Assert
        assertThat(status.contentHidden()).isFalse();
        assertThat(status.itemsExternal()).isEqualTo(1);
    }
}
