package org.recourse.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;
import org.recourse.cases.ItemStatus;
import org.recourse.cases.Reviewer;
import org.recourse.staff.Role;

@DisplayName("Next step after a decision: finish this case's items, then the most urgent case of the queue")
class NextStepTest {

    private static final Reviewer MONA = new Reviewer("mona", Role.MODERATOR);
    private static final Instant OPENED = Instant.parse("2026-12-06T12:00:00Z");

    private static CaseView.ItemLine item(long id, ItemStatus status) {
        return new CaseView.ItemLine(id, "https://platform.example/p/" + id, true, status, "p-" + id, "u-1",
                null, "image/png", OPENED, List.of(), null, null, null, false, null);
    }

    private static CaseView caseOf(CaseStatus status, String assignee, CaseView.ItemLine... items) {
        return new CaseView(7L, "C-000007", Category.OTHER_HARMFUL, false, 1, status, assignee, OPENED,
                OPENED.plusSeconds(3600), List.of(), List.of(items));
    }

    @Test
    @DisplayName("an item of the case still waiting comes first, the first one on the page")
    void sameCaseFirst() {
        // Arrange
        CaseView view = caseOf(CaseStatus.IN_REVIEW, "mona", item(1, ItemStatus.REMOVED),
                item(2, ItemStatus.PENDING_REVIEW), item(3, ItemStatus.PENDING_REVIEW));

        // Act
        NextStep next = NextStep.after(view, MONA);

        // Assert
        assertThat(next.item()).contains(2L);
    }

    @Test
    @DisplayName("a case whose every item is decided (closed) goes on to the queue's most urgent case")
    void closedCaseGoesToTheQueue() {
        // Arrange
        CaseView view = caseOf(CaseStatus.CLOSED, "mona", item(1, ItemStatus.REMOVED), item(2, ItemStatus.RESTORED));

        // Act / Assert
        assertThat(NextStep.after(view, MONA)).isEqualTo(NextStep.NEXT_CASE);
        assertThat(NextStep.NEXT_CASE.item()).isEmpty();
    }

    @Test
    @DisplayName("an escalated item leaves a moderator's hands: the next case, not the supervisor's item")
    void escalatedGoesToTheQueue() {
        // Arrange: the moderator escalated the only item; the case is now for supervisors
        CaseView view = caseOf(CaseStatus.ESCALATED, null, item(1, ItemStatus.ESCALATED));

        // Act / Assert
        assertThat(NextStep.after(view, MONA)).isEqualTo(NextStep.NEXT_CASE);
    }

    @Test
    @DisplayName("a case held by someone else is never where the next step leads")
    void someoneElsesCase() {
        // Arrange
        CaseView view = caseOf(CaseStatus.IN_REVIEW, "milo", item(1, ItemStatus.PENDING_REVIEW));

        // Act / Assert
        assertThat(NextStep.after(view, MONA)).isEqualTo(NextStep.NEXT_CASE);
        assertThat(NextStep.after(null, MONA)).isEqualTo(NextStep.NEXT_CASE);
    }
}
