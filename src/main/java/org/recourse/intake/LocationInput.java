package org.recourse.intake;

import java.util.Objects;

/**
 * A place a reporter named, as typed. The API says which kind it is; a line of the form may be either, and is a
 * web address when it starts with a scheme.
 */
public record LocationInput(String text, Kind kind) {

    /** What the reporter said the text is. */
    public enum Kind {
        URL,
        CONTENT_ID,
        EITHER
    }

    public LocationInput {
        Objects.requireNonNull(kind, "A kind is required.");
        text = text == null ? "" : text.strip();
    }

    public static LocationInput url(String text) {
        return new LocationInput(text, Kind.URL);
    }

    public static LocationInput contentId(String text) {
        return new LocationInput(text, Kind.CONTENT_ID);
    }

    public static LocationInput either(String text) {
        return new LocationInput(text, Kind.EITHER);
    }

    public boolean looksLikeUrl() {
        return kind == Kind.URL || (kind == Kind.EITHER && text.matches("(?i)^[a-z][a-z0-9+.-]*://.*"));
    }
}
