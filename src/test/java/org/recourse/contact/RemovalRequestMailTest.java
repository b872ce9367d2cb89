package org.recourse.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem;
import org.recourse.cases.Category;
import org.recourse.cases.ItemStatus;
import org.recourse.intake.Reference;
import org.recourse.lookup.ReportStatus;
import org.recourse.lookup.StatusView;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.settings.SettingsFixture;

@DisplayName("Mail to a removal requester (TAKE IT DOWN Act): acknowledgement and outcome, in the request's language")
class RemovalRequestMailTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant DUE = T0.plus(Duration.ofHours(48));
    private static final Reference REFERENCE = Reference.parse("K7QM-2XHD-9RTB-F4WS");
    private static final RemovalRequestMail.Footer FOOTER = new RemovalRequestMail.Footer(
            "https://portal.example/status", "Trust & Safety team", "safety@platform.example", 30,
            "https://portal.example/contact/stop?t=secret-token");

    @Test
    @DisplayName("the acknowledgement gives the reference, the 48-hour deadline and whom to contact")
    void acknowledgementInEnglish() {
        // Act
        Messages english = Messages.in(Locale.ENGLISH);
        RemovalRequestMail mail = RemovalRequestMail.received(REFERENCE.display(), DUE, FOOTER, english);

        // Assert
        assertThat(mail.subject()).isEqualTo("Your removal request: reference number")
                .doesNotContain(REFERENCE.display());
        assertThat(mail.body()).contains("Your reference number is: K7QM-2XHD-9RTB-F4WS", "48 hours",
                english.time(DUE), "write to Trust & Safety team at safety@platform.example",
                "https://portal.example/status", "https://portal.example/contact/stop?t=secret-token",
                "delete them 30 days after the case is closed");
    }

    @Test
    @DisplayName("in French for a request made in French")
    void acknowledgementInFrench() {
        // Act
        Messages french = Messages.in(Locale.CANADA_FRENCH);
        RemovalRequestMail mail = RemovalRequestMail.received(REFERENCE.display(), DUE, FOOTER, french);

        // Assert
        assertThat(mail.subject()).isEqualTo("Votre demande de retrait : numéro de référence");
        assertThat(mail.body()).startsWith("Bonjour,").contains("Votre numéro de référence est : K7QM-2XHD-9RTB-F4WS",
                "48 heures", french.time(DUE), "l'image", "30 jours après la fermeture du dossier");
    }

    @Test
    @DisplayName("the outcome names the decision and whether it came within the 48 hours, never the content")
    void outcome() {
        // Arrange
        Case closed = aCase().claimedBy("mona").build();
        ReportStatus status = ReportStatus.of(REFERENCE, Category.NON_CONSENSUAL_INTIMATE_IMAGE, true, T0, closed,
                List.of(new ReportStatus.Item(CaseItem.Kind.HOSTED, ItemStatus.REMOVED, T0.plusSeconds(600))));
        Messages english = Messages.in(Locale.ENGLISH);
        StatusView view = new StatusView(status, SettingsFixture.portal(), english, T0);

        // Act
        RemovalRequestMail inTime = RemovalRequestMail.decided(view, T0.plusSeconds(600), DUE, FOOTER, english);
        RemovalRequestMail late = RemovalRequestMail.decided(view, DUE.plusSeconds(60), DUE, FOOTER, english);

        // Assert
        assertThat(inTime.subject()).isEqualTo("A decision on your removal request");
        assertThat(inTime.body()).contains("decided on your removal request K7QM-2XHD-9RTB-F4WS",
                "the content was removed from the platform for good", "within the 48 hours the law allows");
        assertThat(late.body()).contains("later than the 48 hours the law allows");
        assertThat(inTime.body().toLowerCase(Locale.ROOT)).doesNotContain("intimate", "/media/");
    }

    @Test
    @DisplayName("one key per report and kind of mail, apart from the reporter's own")
    void keys() {
        assertThat(RemovalRequestMail.keys(42)).extracting(Object::toString)
                .containsExactly("removal-received:report-42", "removal-decided:report-42");
    }
}
