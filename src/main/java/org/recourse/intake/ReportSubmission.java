package org.recourse.intake;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a reporter sent, by form or API, before any checking. The category is kept as the code that was sent so
 * that an unknown one can be reported as such.
 */
public record ReportSubmission(List<LocationInput> locations, String categoryCode, boolean selfReport,
        String details, String contactEmail, boolean contactConsent, Locale locale) {

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
