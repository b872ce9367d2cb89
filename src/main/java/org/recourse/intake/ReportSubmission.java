package org.recourse.intake;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a reporter sent, by form or API, before any checking. The category is kept as the code that was sent so
 * that an unknown one can be reported as such.
 */
public record ReportSubmission(List<LocationInput> locations, String categoryCode, boolean selfReport,
        String details, String contactEmail, boolean contactConsent, Locale locale, SystemNote note,
        RemovalRequest removal) {

    /** Without a removal request. */
    public ReportSubmission(List<LocationInput> locations, String categoryCode, boolean selfReport, String details,
            String contactEmail, boolean contactConsent, Locale locale, SystemNote note) {
        this(locations, categoryCode, selfReport, details, contactEmail, contactConsent, locale, note, null);
    }

    /** What a person sent: no system note. */
    public ReportSubmission(List<LocationInput> locations, String categoryCode, boolean selfReport, String details,
            String contactEmail, boolean contactConsent, Locale locale) {
        this(locations, categoryCode, selfReport, details, contactEmail, contactConsent, locale, null);
    }

    /** The same submission, with what the portal says of it in every language (for the portal's own reports). */
    public ReportSubmission withNote(SystemNote systemNote) {
        return new ReportSubmission(locations, categoryCode, selfReport, details, contactEmail, contactConsent, locale,
                systemNote, removal);
    }

    /** The same submission, with a valid removal request under the TAKE IT DOWN Act (null for none). */
    public ReportSubmission withRemovalRequest(RemovalRequest request) {
        return new ReportSubmission(locations, categoryCode, selfReport, details, contactEmail, contactConsent, locale,
                note, request);
    }

    /** Whether the person shown reports: they said "this is me", or they make a removal request for themselves. */
    public boolean byPersonShown() {
        return selfReport || (removal != null && removal.byPersonShown());
    }

    public ReportSubmission {
        locations = List.copyOf(Objects.requireNonNull(locations, "Locations are required, even if empty."));
        details = blankToNull(details);
        contactEmail = blankToNull(contactEmail);
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
