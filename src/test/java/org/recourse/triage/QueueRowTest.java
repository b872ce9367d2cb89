package org.recourse.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;

@DisplayName("Queue row: overdue and due soon")
class QueueRowTest {

    private static final Instant DUE = Instant.parse("2025-03-01T12:00:00Z");

    /** An ordinary open row, due at {@link #DUE}; only the due time matters here. */
    private static QueueRow rowDueAt(Instant reviewDueAt) {
        return new QueueRow(42L, Category.SURVIVOR_HARASSMENT, false, 1, 1L, reviewDueAt.minus(Duration.ofHours(12)),
                reviewDueAt, CaseStatus.OPEN, null);
    }

    @ParameterizedTest(name = "{0} before the due time: overdue {1}, due soon {2}")
    @CsvSource({
        "PT1H,        false, false",
        "PT15M0.001S, false, false",
        "PT15M,       false, true",
        "PT14M59S,    false, true",
        "PT1S,        false, true",
        "PT0.001S,    false, true",
        "PT0S,        true,  false",
        "-PT1S,       true,  false",
        "-PT3H,       true,  false"})
    @DisplayName("a row is due soon in the last 15 minutes, and overdue from the due time on")
    void dueSoonAndOverdue(Duration beforeDue, boolean overdue, boolean dueSoon) {
        // Arrange
        QueueRow row = rowDueAt(DUE);
        Instant now = DUE.minus(beforeDue);

        // Act / Assert
        assertThat(row.overdue(now)).isEqualTo(overdue);
        assertThat(row.dueSoon(now)).isEqualTo(dueSoon);
    }

    @Test
    @DisplayName("shows the staff case number")
    void caseNumber() {
        // Act / Assert
        assertThat(rowDueAt(DUE).caseNumber()).isEqualTo("C-000042");
    }
}
