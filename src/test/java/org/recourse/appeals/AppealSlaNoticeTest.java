package org.recourse.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.platform.i18n.Messages;

@DisplayName("The appeal SLA notice to supervisors")
class AppealSlaNoticeTest {

    private static final Instant DUE = Instant.parse("2026-12-08T10:00:00Z");

    @Test
    @DisplayName("at 80%: the reference, the case, the due time, time left and the appeal's own address")
    void warning() {
        // Act
        AppealSlaNotice notice = AppealSlaNotice.of("AP-7Q2M4X9KTB", 42, 5, AppealSla.Stage.WARNED, DUE,
                DUE.minus(Duration.ofHours(30)), "https://portal.example/", Messages.in(Locale.ENGLISH));

        // Assert
        assertThat(notice.subject()).isEqualTo("Appeal AP-7Q2M4X9KTB: 80% of its time is used");
        assertThat(notice.body()).contains("Appeal AP-7Q2M4X9KTB on case C-000042", "Decision due: 2026-12-08 10:00 UTC",
                "Time left: 30 hours", "https://portal.example/staff/appeals?id=5");
    }

    @Test
    @DisplayName("at breach, in French for a supervisor who signs in in French")
    void breachInFrench() {
        // Act
        AppealSlaNotice notice = AppealSlaNotice.of("AP-7Q2M4X9KTB", 42, 5, AppealSla.Stage.BREACHED, DUE,
                DUE.plus(Duration.ofMinutes(90)), "https://portal.example", Messages.in(Locale.CANADA_FRENCH));

        // Assert
        assertThat(notice.subject()).isEqualTo("Recours en retard : AP-7Q2M4X9KTB");
        assertThat(notice.body()).contains("n'a pas été tranché à temps", "En retard de : 1 heure 30 minutes",
                "https://portal.example/staff/appeals?id=5");
    }

    @Test
    @DisplayName("is keyed once per appeal, stage and supervisor")
    void keys() {
        // Act, Assert
        assertThat(AppealSlaNotice.key(5, AppealSla.Stage.WARNED, 9))
                .isNotEqualTo(AppealSlaNotice.key(5, AppealSla.Stage.BREACHED, 9))
                .isNotEqualTo(AppealSlaNotice.key(5, AppealSla.Stage.WARNED, 10))
                .isEqualTo(AppealSlaNotice.key(5, AppealSla.Stage.WARNED, 9));
    }
}
