package org.recourse.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.cases.Category;
import org.recourse.platform.i18n.Messages;

@DisplayName("SLA breach notice")
class SlaBreachNoticeTest {

    private static final Instant DUE = Instant.parse("2025-03-02T10:00:00Z");
    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);

    @Test
    @DisplayName("names the case number, the category, when it was due, how late it is, and where to sign in")
    void content() {
        // Act
        BreachNotice notice = BreachNotice.of(123, Category.SURVIVOR_HARASSMENT, DUE,
                DUE.plus(Duration.ofMinutes(65)), BreachNotice.workspaceUrl("https://report.platform.example"),
                ENGLISH);

        // Assert
        assertThat(notice.subject()).isEqualTo("Overdue for review: case C-000123");
        assertThat(notice.body()).contains("Case C-000123 has not been reviewed in time.")
                .contains("Category: Sexual or violent harassment of a survivor")
                .contains("Review was due: 2025-03-02 10:00 UTC")
                .contains("Overdue by: 1 hour 5 minutes")
                .contains("\nhttps://report.platform.example/staff/\n")
                .doesNotContain("{", "null");
    }

    @Test
    @DisplayName("the link is the staff workspace below the public address, with or without a trailing slash")
    void workspaceUrl() {
        // Act / Assert
        assertThat(BreachNotice.workspaceUrl("https://report.example/")).isEqualTo("https://report.example/staff/");
        assertThat(BreachNotice.workspaceUrl("http://localhost:8080")).isEqualTo("http://localhost:8080/staff/");
    }

    @ParameterizedTest
    @CsvSource({"PT20S, 1 minute", "PT59M, 59 minutes", "PT2H, 2 hours", "PT47H59M, 47 hours 59 minutes",
            "P3D, 3 days"})
    @DisplayName("how late is said at the precision a person needs")
    void lateness(Duration late, String words) {
        // Act / Assert
        assertThat(BreachNotice.words(late, ENGLISH)).isEqualTo(words);
    }

    @Test
    @DisplayName("one key per case and supervisor")
    void keys() {
        // Act / Assert
        assertThat(BreachNotice.key(123, 7)).isEqualTo(BreachNotice.key(123, 7))
                .isNotEqualTo(BreachNotice.key(123, 8)).isNotEqualTo(BreachNotice.key(124, 7));
        assertThat(BreachNotice.key(123, 7).value()).isEqualTo("sla-breach:case-123:staff-7");
    }
}
