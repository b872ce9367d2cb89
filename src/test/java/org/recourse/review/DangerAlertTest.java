package org.recourse.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.cases.IndustryClassification;
import org.recourse.cases.LegalAssessment;
import org.recourse.platform.i18n.Messages;

/** The supervisors' alert on imminent danger: in English and French, the case and the reason, never the content. */
@DisplayName("Imminent danger alert")
class DangerAlertTest {

    private static final LegalAssessment DANGER = new LegalAssessment(IndustryClassification.A1, true,
            "  the child is named and the place is shown ");

    @Test
    @DisplayName("says the case, who and when, with the case's address, in English; never the reason")
    void english() {
        DangerAlert alert = DangerAlert.of(42, "mona", Instant.parse("2026-12-06T09:30:00Z"),
                DangerAlert.caseUrl("https://recourse.example/", 42), Messages.in(Locale.ENGLISH));

        assertThat(alert.subject()).isEqualTo("Imminent danger to a child: case C-000042");
        assertThat(alert.body()).contains("On case C-000042, mona marked a child in imminent danger.")
                .contains("2026-12-06 09:30 UTC").doesNotContain("the child is named")
                .contains("https://recourse.example/staff/case?id=42").doesNotContain("{");
    }

    @Test
    @DisplayName("in French")
    void french() {
        DangerAlert alert = DangerAlert.of(42, "mona", Instant.parse("2026-12-06T09:30:00Z"),
                DangerAlert.caseUrl("https://recourse.example", 42), Messages.in(Locale.CANADA_FRENCH));

        assertThat(alert.subject()).isEqualTo("Danger imminent pour un enfant : dossier C-000042");
        assertThat(alert.body()).contains("a indiqué qu'un enfant est en danger imminent").doesNotContain("the child is named");
    }

    @Test
    @DisplayName("one alert per item and supervisor")
    void key() {
        assertThat(DangerAlert.key(7, 3)).isEqualTo(DangerAlert.key(7, 3)).isNotEqualTo(DangerAlert.key(7, 4));
    }

    @Test
    @DisplayName("imminent danger needs a reason of at most 500 characters; without danger a reason is dropped")
    void assessmentRules() {
        assertThatThrownBy(() -> new LegalAssessment(null, true, "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LegalAssessment(null, true, "x".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new LegalAssessment(IndustryClassification.B2, false, "ignored").dangerReason()).isNull();
        assertThat(LegalAssessment.NONE.isEmpty()).isTrue();
        assertThat(DANGER.dangerReason()).isEqualTo("the child is named and the place is shown");
    }
}
