package org.recourse.screening.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.intake.SystemNote;
import org.recourse.platform.i18n.Messages;
import org.recourse.screening.banks.BankEntries;
import org.recourse.screening.banks.BankEntry;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.HashBank;
import org.recourse.screening.banks.HashType;

@DisplayName("The sweep's own report: the same facts in each reviewer's language")
class SweepNoteTest {

    private static final String SHA = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";
    private static final Locale FRENCH = Locale.forLanguageTag("fr-CA");

    /** What the case page does with a note: message arguments translated, the rest as they are. */
    private static String read(SystemNote note, Locale locale) {
        Messages messages = Messages.in(locale);
        List<Object> arguments = note.args().stream()
                .map(arg -> arg.startsWith("#") ? (Object) messages.get(arg.substring(1)) : arg).toList();
        return messages.get(note.key(), arguments);
    }

    @Test
    @DisplayName("a removal's copies name its case, in English and in French")
    void removal() {
        // Arrange
        BankEntry entry = BankEntries.confirmed(10, BankEntries.bank(1, BankPurpose.SURVIVOR_IMAGES), HashType.SHA256,
                SHA, "C-000123");

        // Act
        SystemNote one = CopyHider.note(SweepSource.of(entry, 5), entry, 1);
        SystemNote three = CopyHider.note(SweepSource.of(entry, 5), entry, 3);

        // Assert
        assertThat(read(one, Locale.ENGLISH)).isEqualTo("1 copy of content removed in case C-000123 was already on the "
                + "platform: the sweep found it and hid it pending review.");
        assertThat(read(three, FRENCH)).isEqualTo("3 copies d'un contenu retiré dans le dossier C-000123 étaient déjà "
                + "sur la plateforme : le balayage les a trouvées et masquées en attendant leur examen.");
    }

    @Test
    @DisplayName("a built-in bank is named in the reader's language, a partner bank by its own name")
    void banks() {
        // Arrange
        HashBank builtIn = BankEntries.bank(2, BankPurpose.SURVIVOR_SUBMITTED);
        HashBank partner = BankEntries.partner(3, "Industry list 2026");
        BankEntry fromBuiltIn = BankEntries.confirmed(11, builtIn, HashType.SHA256, SHA, null);
        BankEntry fromPartner = BankEntries.confirmed(12, partner, HashType.SHA256, SHA, null);
        SweepSource sweep = new SweepSource("sweep:9", null, null);

        // Act
        String french = read(CopyHider.note(sweep, fromBuiltIn, 2), FRENCH);
        String english = read(CopyHider.note(sweep, fromPartner, 1), Locale.ENGLISH);

        // Assert
        assertThat(french).contains("« " + Messages.in(FRENCH).get("staff.banks.purpose.SURVIVOR_SUBMITTED") + " »")
                .doesNotContain("Submitted by survivors");
        assertThat(english).isEqualTo("1 copy of a hash of the bank \"Industry list 2026\" was already on the platform: "
                + "the sweep found it and hid it pending review.");
    }
}
