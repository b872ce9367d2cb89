package org.recourse.screening.staydown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.intake.SystemNote;
import org.recourse.platform.i18n.Messages;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.HashType;
import org.recourse.screening.staydown.UploadScreening.Match;
import org.recourse.screening.staydown.UploadScreening.Outcome;

@DisplayName("Stay-down's own report: what an upload matched, in each reviewer's language")
class StayDownNoteTest {

    private static final Locale FRENCH = Locale.forLanguageTag("fr-CA");

    /** What the case page does with a note: message arguments translated, the rest as they are. */
    private static String read(SystemNote note, Locale locale) {
        Messages messages = Messages.in(locale);
        List<Object> arguments = note.args().stream()
                .map(arg -> arg.startsWith("#") ? (Object) messages.get(arg.substring(1)) : arg).toList();
        return messages.get(note.key(), arguments);
    }

    @Test
    @DisplayName("a built-in bank in the reader's words, a partner's bank by its own name, a ban said once")
    void banks() {
        // Arrange
        Match builtIn = new Match(Outcome.BLOCK, new MatchSource.Entry(7, "Confirmed sexual images of children"),
                BankPurpose.CHILD_SEXUAL_IMAGERY, HashType.PDQ, 4, "C-000012", null);
        Match partner = new Match(Outcome.HOLD, new MatchSource.Entry(8, "Industry list 2026"),
                BankPurpose.CHILD_SEXUAL_IMAGERY, HashType.SHA256, 0, null, null);

        // Act
        String french = read(UploadScreening.note(Outcome.BLOCK, builtIn, true), FRENCH);
        String english = read(UploadScreening.note(Outcome.HOLD, partner, false), Locale.ENGLISH);

        // Assert
        assertThat(french).isEqualTo("Téléversement bloqué par le filtrage anti-retour : il correspond à « "
                + Messages.in(FRENCH).get("staff.banks.purpose.CHILD_SEXUAL_IMAGERY")
                + " » (pdq, distance 4) ; la personne qui téléverse est bannie.");
        assertThat(french).doesNotContain("Confirmed");
        assertThat(english).isEqualTo("Upload held by stay-down screening: it matches \"Industry list 2026\" (sha256, "
                + "distance 0).");
    }

    @Test
    @DisplayName("content pending review is named by the platform's id; a banned uploader alone says so")
    void pendingAndBanned() {
        // Arrange
        Match pending = new Match(Outcome.HOLD, new MatchSource.PendingItem("demo-03"), null, HashType.PDQ, 2,
                "C-000003", null);

        // Act / Assert
        assertThat(read(UploadScreening.note(Outcome.HOLD, pending, false), FRENCH)).isEqualTo("Téléversement retenu "
                + "par le filtrage anti-retour : il correspond à demo-03, en attente d'examen (pdq, distance 2).");
        assertThat(read(UploadScreening.note(Outcome.BLOCK, null, true), Locale.ENGLISH))
                .isEqualTo("Upload refused by stay-down screening: the uploader is banned.");
    }
}
