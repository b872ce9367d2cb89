package org.recourse.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Portal settings: the contact block (team, mail and phone links, opening hours, in each language)")
class ContactBlockTest {

    private static PortalSettings configured(String phone, String hours, String hoursFrench) {
        PortalSettings settings = SettingsFixture.portal();
        settings.contactPhone = Optional.ofNullable(phone);
        settings.contactHours = Optional.ofNullable(hours);
        settings.contactHoursFrench = Optional.ofNullable(hoursFrench);
        return settings;
    }

    @Nested
    @DisplayName("what the block shows")
    class Shown {

        @Test
        @DisplayName("without a phone or hours: only the team and the address, no empty lines")
        void minimal() {
            // Arrange
            PortalSettings settings = configured(null, null, null);

            // Act
            PortalSettings.Contact contact = settings.contact(Locale.ENGLISH);

            // Assert
            assertThat(contact.team()).isEqualTo("Trust & Safety team");
            assertThat(contact.emailHref()).isEqualTo("mailto:safety@platform.example");
            assertThat(contact.phone()).isNull();
            assertThat(contact.phoneHref()).isNull();
            assertThat(contact.hours()).isNull();
        }

        @Test
        @DisplayName("a phone and hours when configured; in French the French team and hours")
        void phoneAndHoursInBothLanguages() {
            // Arrange
            PortalSettings settings = configured("+1 (555) 010-0100", "Every day, 8:00 to 20:00",
                    "Tous les jours, de 8 h à 20 h");

            // Act
            PortalSettings.Contact english = settings.contact(Locale.ENGLISH);
            PortalSettings.Contact french = settings.contact(Locale.CANADA_FRENCH);

            // Assert
            assertThat(english.phone()).isEqualTo("+1 (555) 010-0100");
            assertThat(english.phoneHref()).isEqualTo("tel:+15550100100");
            assertThat(english.hours()).isEqualTo("Every day, 8:00 to 20:00");
            assertThat(french.team()).isEqualTo("Équipe Confiance et sécurité");
            assertThat(french.hours()).isEqualTo("Tous les jours, de 8 h à 20 h");
            assertThat(french.phoneHref()).isEqualTo(english.phoneHref());
        }

        @Test
        @DisplayName("French without French hours: the one configured text, rather than nothing")
        void frenchFallsBack() {
            // Arrange
            PortalSettings settings = configured("0800 123 456", "Mon-Fri 9-17", null);

            // Act / Assert
            assertThat(settings.contact(Locale.CANADA_FRENCH).hours()).isEqualTo("Mon-Fri 9-17");
            assertThat(settings.contact(Locale.CANADA_FRENCH).phoneHref()).isEqualTo("tel:0800123456");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "   ", "\t"})
        @DisplayName("a blank phone or blank hours count as not configured")
        void blankIsNotConfigured(String blank) {
            // Arrange
            PortalSettings settings = configured(blank, blank, blank);

            // Act
            PortalSettings.Contact contact = settings.contact(Locale.CANADA_FRENCH);

            // Assert
            assertThat(contact.phone()).isNull();
            assertThat(contact.hours()).isNull();
        }
    }

    @Nested
    @DisplayName("the links")
    class Links {

        @ParameterizedTest(name = "\"{0}\" → {1}")
        @CsvSource(delimiter = '|', value = {
                "+1 555 0100|tel:+15550100",
                "+33 (0)1 23 45 67 89|tel:+330123456789",
                "1-800-555-0199|tel:18005550199",
                "  +44 20 7946 0958  |tel:+442079460958"})
        @DisplayName("a phone number becomes a tel: link of its digits, with its leading +")
        void tel(String phone, String expected) {
            assertThat(ContactLinks.tel(phone)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"call us", "12", "javascript:alert(1)", "+"})
        @DisplayName("text with too few digits to dial is shown, but is no link")
        void notANumber(String phone) {
            assertThat(ContactLinks.tel(phone)).isNull();
        }

        @Test
        @DisplayName("a script in the phone setting cannot reach the link: only digits and + survive")
        void telCarriesDigitsOnly() {
            assertThat(ContactLinks.tel("+1 555\"><script>alert(1)</script>0100")).isEqualTo("tel:+155510100");
        }

        @Test
        @DisplayName("mailto: percent-encodes, so a setting cannot add a subject, a body or a second recipient")
        void mailtoEncodes() {
            // Act
            String href = ContactLinks.mailto("help+safety@platform.example?subject=x&cc=evil@example.com");

            // Assert
            assertThat(href).startsWith("mailto:help%2Bsafety%40platform.example%3Fsubject%3Dx%26cc%3Devil@")
                    .doesNotContain("?").doesNotContain("&");
            assertThat(href.chars().filter(c -> c == '@')).as("one recipient").hasSize(1);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "no-at-sign", "@platform.example", "safety@"})
        @DisplayName("no link for a setting that is not an address")
        void mailtoNeedsAnAddress(String email) {
            assertThat(ContactLinks.mailto(email)).isNull();
        }
    }
}
