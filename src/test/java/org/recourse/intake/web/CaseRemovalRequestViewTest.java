package org.recourse.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.cases.Case;
import org.recourse.cases.CaseBuilder;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;
import org.recourse.platform.i18n.Messages;

@DisplayName("Case page, removal request block: the 48-hour legal deadline in words")
class CaseRemovalRequestViewTest {

    private static final Instant T0 = CaseBuilder.DEFAULT_OPENED_AT;
    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final Messages FRENCH = Messages.in(Locale.CANADA_FRENCH);

    private static Case legalCase() {
        Case caseFile = aCase().category(Category.NON_CONSENSUAL_INTIMATE_IMAGE).build();
        caseFile.takeRemovalRequest(T0);
        return caseFile;
    }

    @ParameterizedTest(name = "{0} hours after the request: {1}")
    @CsvSource({
        "1,    OPEN,     '47 hours left'",
        "47,   OPEN,     '1 hour left'",
        "48,   BREACHED, 'breached'",
        "50,   BREACHED, '2 hours ago'"})
    @DisplayName("an open case: due at and time left, then breached and by how much")
    void openCase(long hours, String state, String words) {
        // Arrange
        Case caseFile = legalCase();

        // Act
        CaseRemovalRequestView.Deadline deadline = CaseRemovalRequestView.deadline(caseFile,
                caseFile.removalDeadline().orElseThrow(), ENGLISH, T0.plus(Duration.ofHours(hours)));

        // Assert
        assertThat(deadline.state()).isEqualTo(state);
        assertThat(deadline.text()).contains(words).contains(ENGLISH.time(T0.plus(Duration.ofHours(48))));
    }

    @Test
    @DisplayName("a case closed in time says met, one closed late says missed, by how much")
    void closedCase() {
        // Arrange
        Case inTime = legalCase();
        close(inTime, T0.plus(Duration.ofHours(3)));
        Case late = legalCase();
        close(late, T0.plus(Duration.ofHours(50)));

        // Act
        CaseRemovalRequestView.Deadline met = CaseRemovalRequestView.deadline(inTime,
                inTime.removalDeadline().orElseThrow(), ENGLISH, T0.plus(Duration.ofDays(9)));
        CaseRemovalRequestView.Deadline missed = CaseRemovalRequestView.deadline(late,
                late.removalDeadline().orElseThrow(), FRENCH, T0.plus(Duration.ofDays(9)));

        // Assert
        assertThat(met.state()).isEqualTo("MET");
        assertThat(met.text()).startsWith("met.").contains("45 hours before the deadline");
        assertThat(missed.state()).isEqualTo("MISSED");
        assertThat(missed.text()).startsWith("non respecté.").contains("2 heures après l'échéance");
    }

    @Test
    @DisplayName("durations read as minutes, hours and minutes, or days")
    void words() {
        assertThat(CaseRemovalRequestView.words(Duration.ofSeconds(20), ENGLISH)).isEqualTo("1 minute");
        assertThat(CaseRemovalRequestView.words(Duration.ofMinutes(185), ENGLISH)).isEqualTo("3 hours 5 minutes");
        assertThat(CaseRemovalRequestView.words(Duration.ofDays(4), FRENCH)).isEqualTo("4 jours");
    }

    private static void close(Case caseFile, Instant at) {
        caseFile.moveTo(CaseStatus.IN_REVIEW, "mod", at);
        caseFile.moveTo(CaseStatus.CLOSED, "mod", at);
    }
}
