package org.recourse.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.cases.CaseBuilder.aCase;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Case;
import org.recourse.cases.CaseAction;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Reviewer;
import org.recourse.staff.Role;

@DisplayName("Case view: the page asks the case's own rule")
class CaseViewTest {

    private static final String ME = "rev";

    static Stream<Arguments> everyCaseAndReviewer() {
        List<Arguments> rows = new ArrayList<>();
        for (Role role : Role.reviewRoles()) {
            Reviewer me = new Reviewer(ME, role);
            rows.add(Arguments.of("open", aCase().build(), me));
            rows.add(Arguments.of("mine", aCase().claimedBy(ME, role).build(), me));
            rows.add(Arguments.of("a moderator's", aCase().claimedBy("mona").build(), me));
            rows.add(Arguments.of("escalated", aCase().inStatus(CaseStatus.ESCALATED).build(), me));
            rows.add(Arguments.of("escalated, a supervisor's",
                    aCase().inStatus(CaseStatus.ESCALATED).claimedBy("sam", Role.SUPERVISOR).build(), me));
            rows.add(Arguments.of("closed", aCase().inStatus(CaseStatus.CLOSED).build(), me));
        }
        return rows.stream();
    }

    /** The view the review page gets of this case (its facts only; nothing else matters here). */
    private static CaseView viewOf(Case caseFile) {
        return new CaseView(1L, "C-000001", caseFile.category(), caseFile.selfReported(), caseFile.reportCount(),
                caseFile.status(), caseFile.assignee(), caseFile.openedAt(), caseFile.reviewDueAt(), List.of(),
                List.of());
    }

    @ParameterizedTest(name = "{0} case, {2}")
    @MethodSource("everyCaseAndReviewer")
    @DisplayName("may claim, decide and view in full exactly when the case permits it")
    void viewAnswersAsTheCase(String description, Case caseFile, Reviewer reviewer) {
        // Arrange
        CaseView view = viewOf(caseFile);

        // Act / Assert
        assertThat(view.mayClaim(reviewer)).isEqualTo(caseFile.permits(CaseAction.CLAIM, reviewer));
        assertThat(view.mayDecide(reviewer)).isEqualTo(caseFile.permits(CaseAction.DECIDE, reviewer));
        assertThat(view.mayViewFull(reviewer)).isEqualTo(caseFile.permits(CaseAction.VIEW_IN_FULL, reviewer));
        assertThat(view.isHeldBy(reviewer)).isEqualTo(ME.equals(caseFile.assignee()));
        assertThat(view.isReadOnlyFor(reviewer))
                .isEqualTo(caseFile.status() == CaseStatus.ESCALATED && reviewer.role() == Role.MODERATOR);
    }
}
