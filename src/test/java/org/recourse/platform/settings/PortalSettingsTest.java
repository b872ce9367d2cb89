package org.recourse.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.platform.settings.PortalSettings.SupportOrganisation;

@DisplayName("Portal settings: support organisations")
class PortalSettingsTest {

    @Test
    @DisplayName("reads name|url entries separated by semicolons, in order")
    void readsEntries() {
        // Act
        List<SupportOrganisation> organisations = PortalSettings.parseOrganisations(
                "Name|https://x.example;Other|https://y.example/help");

        // Assert
        assertThat(organisations).containsExactly(
                new SupportOrganisation("Name", "https://x.example"),
                new SupportOrganisation("Other", "https://y.example/help"));
    }

    @Test
    @DisplayName("trims spaces around entries, names and addresses")
    void trims() {
        // Act
        List<SupportOrganisation> organisations = PortalSettings.parseOrganisations(
                "  Internet Watch Foundation |  https://www.iwf.org.uk  ;\n  NCMEC Take It Down|http://takeitdown.example ");

        // Assert
        assertThat(organisations).containsExactly(
                new SupportOrganisation("Internet Watch Foundation", "https://www.iwf.org.uk"),
                new SupportOrganisation("NCMEC Take It Down", "http://takeitdown.example"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", ";", " ; ;; "})
    @DisplayName("a blank setting names nobody")
    void blank(String setting) {
        // Act / Assert
        assertThat(PortalSettings.parseOrganisations(setting)).isEmpty();
    }

    @Test
    @DisplayName("skips entries without a pipe or with an address that is not http(s)")
    void skipsBadEntries() {
        // Act
        List<SupportOrganisation> organisations = PortalSettings.parseOrganisations(String.join(";",
                "No pipe here https://x.example",
                "Ftp|ftp://files.example",
                "Script|javascript:alert(1)",
                "Relative|/support",
                "Good|https://good.example",
                ""));

        // Assert
        assertThat(organisations).containsExactly(new SupportOrganisation("Good", "https://good.example"));
    }

    @Test
    @DisplayName("French pages get the French list when one is set, and the one list otherwise; English pages the one list")
    void frenchVariant() {
        // Arrange
        PortalSettings settings = new PortalSettings();
        settings.supportOrganisations = java.util.Optional.of("Canadian Centre for Child Protection|https://www.cybertip.ca");
        settings.supportOrganisationsFrench = java.util.Optional.of(
                "Centre canadien de protection de l'enfance|https://www.cyberaide.ca");
        PortalSettings englishOnly = new PortalSettings();
        englishOnly.supportOrganisations = settings.supportOrganisations;
        englishOnly.supportOrganisationsFrench = java.util.Optional.empty();

        // Act and Assert
        assertThat(settings.supportOrganisations(java.util.Locale.CANADA_FRENCH)).extracting(SupportOrganisation::name)
                .containsExactly("Centre canadien de protection de l'enfance");
        assertThat(settings.supportOrganisations(java.util.Locale.ENGLISH)).extracting(SupportOrganisation::name)
                .containsExactly("Canadian Centre for Child Protection");
        assertThat(englishOnly.supportOrganisations(java.util.Locale.CANADA_FRENCH)).extracting(SupportOrganisation::name)
                .containsExactly("Canadian Centre for Child Protection");
    }
}
