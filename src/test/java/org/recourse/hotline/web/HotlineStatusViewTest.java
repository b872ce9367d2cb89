package org.recourse.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.hotline.HotlineReport;
import org.recourse.hotline.HotlineRetryPolicy;
import org.recourse.hotline.referral.HotlineReferral;
import org.recourse.hotline.referral.Recipient;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.outbox.Backoff;

@DisplayName("The case page's hotline lines, in English and French")
class HotlineStatusViewTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private static final HotlineRetryPolicy POLICY = new HotlineRetryPolicy(
            new Backoff(Duration.ofSeconds(30), Duration.ofHours(1)), Duration.ofHours(24));
    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final Messages FRENCH = Messages.in(Locale.CANADA_FRENCH);

    private static HotlineReport queued() {
        return new HotlineReport(41, 7, 9, "ncmec", false, T0, POLICY.deadlineFor(T0));
    }

    @Test
    @DisplayName("filed: 'Reported to NCMEC, report …, on …'")
    void filed() {
        // Arrange
        HotlineReport report = queued();
        report.claim(T0, Duration.ofMinutes(5));
        report.opened("7855775");
        report.finished(T0.plusSeconds(90));

        // Act
        HotlineStatusView.Line english = HotlineStatusView.line(report, ENGLISH);
        HotlineStatusView.Line french = HotlineStatusView.line(report, FRENCH);

        // Assert
        assertThat(english.text()).startsWith("Reported to NCMEC (CyberTipline), report 7855775, on ")
                .endsWith(" UTC.");
        assertThat(english.problem()).isFalse();
        assertThat(french.text()).startsWith("Signalé à NCMEC (CyberTipline), signalement 7855775, le ");
    }

    @Test
    @DisplayName("waiting, given up (a problem to see), retracted")
    void otherStages() {
        // Arrange
        HotlineReport dead = queued();
        dead.claim(T0, Duration.ofMinutes(5));
        dead.refused("Refused with 4100");
        HotlineReport retracted = queued();
        retracted.retracted(T0, "admin");

        // Act / Assert
        assertThat(HotlineStatusView.line(queued(), ENGLISH).text()).contains("waiting to be sent (0 attempts");
        assertThat(HotlineStatusView.line(dead, ENGLISH)).matches(HotlineStatusView.Line::problem);
        assertThat(HotlineStatusView.line(retracted, ENGLISH).text()).contains("retracted on").contains("admin");
    }

    @Test
    @DisplayName("a referral by hand, with the recipient's reference or 'none given'")
    void referral() {
        // Arrange
        HotlineReferral withReference = new HotlineReferral(41, 7, Recipient.CYBERTIP_CA, "CA-99", T0, "admin", T0);
        HotlineReferral without = new HotlineReferral(41, 7, Recipient.POLICE_CA, null, T0, "admin", T0);

        // Act / Assert
        assertThat(HotlineStatusView.line(withReference, ENGLISH).text()).startsWith("Sent to Cybertip.ca (their "
                + "reference: CA-99) on ");
        assertThat(HotlineStatusView.line(without, FRENCH).text()).startsWith("Envoyé à Police (Canada) (leur "
                + "référence : aucune fournie) le ");
    }
}
