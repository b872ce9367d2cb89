package org.recourse.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings a reporter sees the effect of: whom to contact, where to find support, where "Leave this site" goes,
 * and how the platform's URLs carry content ids. Each has a default in META-INF/microprofile-config.properties and
 * is overridden by an environment variable (recourse.contact.email becomes RECOURSE_CONTACT_EMAIL).
 */
@Named
@ApplicationScoped
public class PortalSettings {

    /** Whom reporters contact, in one language; phone and hours are null when not configured. */
    public record Contact(String team, String email, String phone, String hours) {

        /** Blank settings count as not configured, so a page never shows an empty line. */
        public Contact {
            phone = blankToNull(phone);
            hours = blankToNull(hours);
        }

        /** The address as a {@code mailto:} link, percent-encoded so that the setting cannot add headers or a body. */
        public String emailHref() {
            return ContactLinks.mailto(email);
        }

        /** The number as a {@code tel:} link (RFC 3966: a leading + and digits only), or null if it has no digits. */
        public String phoneHref() {
            return ContactLinks.tel(phone);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** An organisation that supports survivors, shown on the confirmation page. */
    public record SupportOrganisation(String name, String url) {
    }

    @Inject
    @ConfigProperty(name = "recourse.contact.team")
    String contactTeam;

    @Inject
    @ConfigProperty(name = "recourse.contact.team.fr")
    Optional<String> contactTeamFrench;

    @Inject
    @ConfigProperty(name = "recourse.contact.email")
    String contactEmail;

    @Inject
    @ConfigProperty(name = "recourse.contact.phone")
    Optional<String> contactPhone;

    @Inject
    @ConfigProperty(name = "recourse.contact.hours")
    Optional<String> contactHours;

    @Inject
    @ConfigProperty(name = "recourse.contact.hours.fr")
    Optional<String> contactHoursFrench;

    @Inject
    @ConfigProperty(name = "recourse.support.organisations")
    Optional<String> supportOrganisations;

    @Inject
    @ConfigProperty(name = "recourse.support.organisations.fr")
    Optional<String> supportOrganisationsFrench;

    @Inject
    @ConfigProperty(name = "recourse.quick-exit.url")
    String quickExitUrl;

    @Inject
    @ConfigProperty(name = "recourse.platform.name")
    String platformName;

    @Inject
    @ConfigProperty(name = "recourse.platform.content-url-pattern")
    String contentUrlPattern;

    private Pattern compiledPattern;

    public String contactTeam() {
        return contactTeam;
    }

    /**
     * The team's name in a language: in French {@code recourse.contact.team.fr} (RECOURSE_CONTACT_TEAM_FR) if set;
     * otherwise, and in English, the one name.
     */
    public String contactTeam(java.util.Locale language) {
        return isFrench(language) ? contactTeamFrench.orElse(contactTeam) : contactTeam;
    }

    /** Opening hours in a language ({@code recourse.contact.hours.fr} in French), else as configured. */
    public Optional<String> contactHours(java.util.Locale language) {
        return isFrench(language) ? contactHoursFrench.or(() -> contactHours) : contactHours;
    }

    /** Whom reporters contact, worded for a language. */
    public Contact contact(java.util.Locale language) {
        return new Contact(contactTeam(language), contactEmail, contactPhone.orElse(null),
                contactHours(language).orElse(null));
    }

    private static boolean isFrench(java.util.Locale language) {
        return language != null && "fr".equals(language.getLanguage());
    }

    public String contactEmail() {
        return contactEmail;
    }

    public Optional<String> contactPhone() {
        return contactPhone;
    }

    public Optional<String> contactHours() {
        return contactHours;
    }

    public String quickExitUrl() {
        return quickExitUrl;
    }

    public String platformName() {
        return platformName;
    }

    /**
     * Organisations as configured ({@code Name|https://url;Other name|https://other}), worded for a language: in French {@code recourse.support.organisations.fr} if set (the names
     * French readers know them by, such as Cyberaide.ca), otherwise the one list.
     */
    public List<SupportOrganisation> supportOrganisations(java.util.Locale language) {
        return (isFrench(language) ? supportOrganisationsFrench.or(() -> supportOrganisations) : supportOrganisations)
                .map(PortalSettings::parseOrganisations).orElse(List.of());
    }

    static List<SupportOrganisation> parseOrganisations(String setting) {
        return Arrays.stream(setting.split(";"))
                .map(String::strip)
                .filter(entry -> entry.contains("|"))
                .map(entry -> new SupportOrganisation(entry.substring(0, entry.indexOf('|')).strip(),
                        entry.substring(entry.indexOf('|') + 1).strip()))
                .filter(org -> org.url().startsWith("https://") || org.url().startsWith("http://"))
                .toList();
    }

    /** The platform's content URLs, with a named group {@code id} for the content id. */
    public Pattern contentUrlPattern() {
        if (compiledPattern == null) {
            compiledPattern = Pattern.compile(contentUrlPattern);
        }
        return compiledPattern;
    }
}
