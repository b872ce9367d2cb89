package org.recourse.screening.banks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.settings.PortalSettings;
import org.recourse.screening.banks.SurvivorProtection;

@DisplayName("/hash result: what happens to copies already up, and the reference as a file to keep")
class HashReceiptTest {

    private static final String REFERENCE = "K7QM-2XHD-9RTB-F4WS";

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = SurvivorProtection.class, names = {"HOLDING", "BLOCKING"})
    @DisplayName("while the fingerprint holds or blocks: copies already on the platform are searched for and hidden")
    void copiesWhileInUse(SurvivorProtection protection) {
        assertThat(HashReceipt.copies(protection, Messages.in(Locale.ENGLISH)))
                .contains("Copies already on the platform are searched for", "hidden");
        assertThat(HashReceipt.copies(protection, Messages.in(Locale.CANADA_FRENCH)))
                .contains("Les copies déjà sur la plateforme sont aussi recherchées", "masquée");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = SurvivorProtection.class, names = {"AWAITING_CHECK", "NOT_IN_USE"})
    @DisplayName("while it is not used: nothing is promised about copies")
    void noPromiseWhenNotInUse(SurvivorProtection protection) {
        assertThat(HashReceipt.copies(protection, Messages.in(Locale.ENGLISH))).isNull();
    }

    @Test
    @DisplayName("the file names the reference, what it does now, the contact with phone and hours, in French")
    void fileInFrench() {
        // Arrange
        PortalSettings.Contact contact = new PortalSettings.Contact("Équipe Confiance et sécurité",
                "safety@platform.example", "+1 555 0100", "Tous les jours");

        // Act
        String text = HashReceipt.text(REFERENCE, SurvivorProtection.HOLDING, contact, Messages.in(Locale.CANADA_FRENCH));

        // Assert
        assertThat(text).contains(REFERENCE, "Équipe Confiance et sécurité", "safety@platform.example", "+1 555 0100",
                "Tous les jours", "masquée", "L'empreinte de votre image");
        assertThat(text.split("\r\n", -1)).hasSizeGreaterThan(6);
    }

    @Test
    @DisplayName("the download link is a data: address that decodes back to the very same text, accents included")
    void dataHrefRoundTrips() {
        // Arrange
        String text = "Référence : " + REFERENCE + "\r\n100 % à vous + rien d'autre & fin";

        // Act
        String href = HashReceipt.dataHref(text);

        // Assert
        assertThat(href).startsWith("data:text/plain;charset=utf-8,").doesNotContain(" ").doesNotContain("+")
                .doesNotContain("\n");
        String body = href.substring(href.indexOf(',') + 1);
        assertThat(URLDecoder.decode(body, StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
