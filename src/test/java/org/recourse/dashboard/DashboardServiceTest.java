package org.recourse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.cases.Category;

@DisplayName("Dashboard figures")
class DashboardServiceTest {

    private static final LocalDate FROM = LocalDate.parse("2026-11-22");
    private static final LocalDate TO = LocalDate.parse("2026-11-28");

    private static Object[] row(Category category, String opened, String closed, String due) {
        return new Object[] {category, Instant.parse(opened), closed == null ? null : Instant.parse(closed),
            Instant.parse(due)};
    }

    @Test
    @DisplayName("counts cases per UTC day, decisions, medians and the share within SLA per category")
    void aggregates() {
        // Arrange
        List<Object[]> rows = List.of(
                row(Category.CHILD_SEXUAL_IMAGERY, "2026-11-22T00:10:00Z", "2026-11-22T00:40:00Z", "2026-11-22T01:10:00Z"),
                row(Category.CHILD_SEXUAL_IMAGERY, "2026-11-22T23:50:00Z", "2026-11-23T01:50:00Z", "2026-11-23T00:50:00Z"),
                row(Category.CHILD_SEXUAL_IMAGERY, "2026-11-28T12:00:00Z", null, "2026-11-28T13:00:00Z"),
                row(Category.OTHER_HARMFUL, "2026-11-25T08:00:00Z", "2026-11-25T09:00:00Z", "2026-11-26T08:00:00Z"));

        // Act
        Dashboard dashboard = DashboardService.aggregate(FROM, TO, rows);

        // Assert
        assertThat(dashboard.days()).hasSize(7);
        assertThat(dashboard.days()).extracting(Dashboard.Day::received).containsExactly(2L, 0L, 0L, 1L, 0L, 0L, 1L);
        Dashboard.CategoryLine child = dashboard.categories().get(Category.CHILD_SEXUAL_IMAGERY.ordinal());
        assertThat(child.received()).isEqualTo(3);
        assertThat(child.decided()).isEqualTo(2);
        assertThat(child.medianToDecision()).isEqualTo(Duration.ofMinutes(75));
        assertThat(child.decidedWithinSla()).isEqualTo(1);
        assertThat(child.percentWithinSla()).isEqualTo(50);
        assertThat(dashboard.categories().get(Category.SURVIVOR_HARASSMENT.ordinal()).percentWithinSla()).isEqualTo(-1);
        assertThat(dashboard.total().received()).isEqualTo(4);
        assertThat(dashboard.total().medianToDecision()).isEqualTo(Duration.ofMinutes(60));
        assertThat(dashboard.total().percentWithinSla()).isEqualTo(67);
    }

    @Test
    @DisplayName("median of an odd and an even number of durations; none for an empty list")
    void median() {
        assertThat(DashboardService.median(List.of())).isNull();
        assertThat(DashboardService.median(List.of(Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(9))))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(DashboardService.median(List.of(Duration.ofMinutes(4), Duration.ofMinutes(2))))
                .isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    @DisplayName("CSV has a header, a line per category, a total and a line per day")
    void csv() {
        Dashboard dashboard = DashboardService.aggregate(FROM, TO, List.<Object[]>of(
                row(Category.OTHER_HARMFUL, "2026-11-25T08:00:00Z", "2026-11-25T08:30:00Z", "2026-11-26T08:00:00Z")));

        String[] lines = DashboardService.csv(dashboard).split("\r\n");

        assertThat(lines[0]).startsWith("section,category_or_date,received");
        assertThat(lines).contains("category,OTHER_HARMFUL,1,1,30,1,100", "category,ALL,1,1,30,1,100",
                "day,2026-11-25,1,,,,", "category,CHILD_SEXUAL_IMAGERY,0,0,,0,");
        assertThat(lines).hasSize(1 + Category.values().length + 1 + 7);
    }
}
