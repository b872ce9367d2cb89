package org.recourse.platform.settings;

import java.util.Optional;

/** Portal settings as a test needs them, without a container: the team, its address, optional French names. */
public final class SettingsFixture {

    private SettingsFixture() {
    }

    public static PortalSettings portal() {
        PortalSettings settings = new PortalSettings();
        settings.contactTeam = "Trust & Safety team";
        settings.contactTeamFrench = Optional.of("Équipe Confiance et sécurité");
        settings.contactEmail = "safety@platform.example";
        settings.contactPhone = Optional.empty();
        settings.contactHours = Optional.empty();
        settings.contactHoursFrench = Optional.empty();
        settings.supportOrganisations = Optional.empty();
        settings.supportOrganisationsFrench = Optional.empty();
        settings.quickExitUrl = "https://www.wikipedia.org/";
        settings.platformName = "Test platform";
        settings.contentUrlPattern = "^https?://[^/?#]+/media/(?<id>[A-Za-z0-9._:-]+)$";
        return settings;
    }
}
