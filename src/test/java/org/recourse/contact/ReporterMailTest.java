package org.recourse.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem;
import org.recourse.cases.Category;
import org.recourse.cases.ItemStatus;
import org.recourse.intake.Receipt;
import org.recourse.intake.Reference;
import org.recourse.lookup.ReportStatus;
import org.recourse.lookup.StatusView;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.settings.SettingsFixture;

@DisplayName("Mail to a reporter: the reference and the decision, never the content")
class ReporterMailTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Reference REFERENCE = Reference.parse("K7QM-2XHD-9RTB-F4WS");
    private static final ReporterMail.Links LINKS = new ReporterMail.Links("https://portal.example/status",
            "https://portal.example/contact/stop?t=secret-token");

    private static Receipt receipt() {
        return new Receipt(REFERENCE, Category.SURVIVOR_ADULT_IMAGE, true, 1, 0, T0, T0.plusSeconds(3600), false, true);
    }

    @Test
    @DisplayName("the first mail gives the reference, the due time, the status page and the stop link")
    void receivedInEnglish() {
        // Act
        ReporterMail mail = ReporterMail.received(receipt(), "Trust & Safety team", "safety@platform.example", 30, LINKS,
                Messages.in(Locale.ENGLISH));

        // Assert
        assertThat(mail.subject()).isEqualTo("Your reference number").doesNotContain(REFERENCE.display());
        assertThat(mail.body()).contains("Your reference number is: K7QM-2XHD-9RTB-F4WS",
                "now hidden from everyone", "https://portal.example/status",
                "https://portal.example/contact/stop?t=secret-token", "30 days after the case is closed",
                "safety@platform.example");
    }

    @Test
    @DisplayName("in French for a reporter who wrote in French")
    void receivedInFrench() {
        // Act
        ReporterMail mail = ReporterMail.received(receipt(), "Équipe Confiance et sécurité", "safety@platform.example",
                30, LINKS, Messages.in(Locale.CANADA_FRENCH));

        // Assert
        assertThat(mail.subject()).isEqualTo("Votre numéro de référence");
        assertThat(mail.body()).startsWith("Bonjour,").contains("Votre numéro de référence est : K7QM-2XHD-9RTB-F4WS",
                "30 jours après la fermeture du dossier", "Équipe Confiance et sécurité");
    }

    @Test
    @DisplayName("the decision mail names the outcome and what to do next, and no category or content")
    void decided() {
        // Arrange
        Case closed = aCase().claimedBy("mona").build();
        ReportStatus status = ReportStatus.of(REFERENCE, Category.CHILD_SEXUAL_IMAGERY, false, T0, closed,
                List.of(new ReportStatus.Item(CaseItem.Kind.HOSTED, ItemStatus.REMOVED, T0.plusSeconds(600))));
        StatusView view = new StatusView(status, SettingsFixture.portal(), Messages.in(Locale.ENGLISH), T0);

        // Act
        ReporterMail mail = ReporterMail.decided(view, 30, LINKS, Messages.in(Locale.ENGLISH));

        // Assert
        assertThat(mail.subject()).isEqualTo("A decision on your report");
        assertThat(mail.body()).contains("decision on your report K7QM-2XHD-9RTB-F4WS",
                "Decision: the content was removed from the platform for good.", "You do not need to do anything more.",
                "https://portal.example/contact/stop?t=secret-token");
        assertThat(mail.body().toLowerCase(Locale.ROOT)).doesNotContain("sexual", "child", "/media/");
    }

    @Test
    @DisplayName("one key per report and kind of mail, so a mail is never queued twice")
    void keys() {
        assertThat(ReporterMail.keys(42)).extracting(Object::toString)
                .containsExactly("reporter-received:report-42", "reporter-decided:report-42", "reporter-reviewed:report-42");
    }

    @Test
    @DisplayName("an uploader's appeal decided: in plain words, the decision was reviewed and what it is now, in the "
            + "reporter's language; the subject names nothing")
    void appealDecided() {
        // Arrange
        Messages english = Messages.in(Locale.ENGLISH);
        Messages french = Messages.in(Locale.CANADA_FRENCH);

        // Act
        ReporterMail restored = ReporterMail.appealDecided(REFERENCE.display(),
                english.get("status.review.appealRestored"), "Trust & Safety team", "safety@platform.example", 30,
                LINKS, english);
        ReporterMail upheld = ReporterMail.appealDecided(REFERENCE.display(),
                french.get("status.review.appealUpheld"), "Équipe Confiance et sécurité", "safety@platform.example", 30,
                LINKS, french);

        // Assert
        assertThat(restored.subject()).isEqualTo("The decision on your report was reviewed")
                .doesNotContain(REFERENCE.display());
        assertThat(restored.body()).contains("About your report K7QM-2XHD-9RTB-F4WS:",
                "was reviewed after the person who posted it appealed. It has been restored.",
                "https://portal.example/status", "https://portal.example/contact/stop?t=secret-token");
        assertThat(upheld.subject()).isEqualTo("La décision sur votre signalement a été réexaminée");
        assertThat(upheld.body()).startsWith("Bonjour,").contains("Au sujet de votre signalement K7QM-2XHD-9RTB-F4WS :",
                "Le contenu reste retiré.");
    }

    @Test
    @DisplayName("the appeal mails of every item of the case are discarded with the address")
    void appealKeysAreErasable() {
        // Act
        List<org.recourse.notification.DedupeKey> keys = ReporterMail.keys(7L, List.of(11L, 12L));

        // Assert
        assertThat(keys).containsAll(ReporterMail.keys(7L))
                .contains(ReporterMail.appealKey(7L, 11L), ReporterMail.appealKey(7L, 12L));
    }
}
