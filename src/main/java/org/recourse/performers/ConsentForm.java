package org.recourse.performers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the person gave their consent, from a fixed list. */
public enum ConsentForm {
    /** A signed release (on paper or electronically). */
    SIGNED_RELEASE,
    /** A recorded statement (audio or video) kept by the platform. */
    RECORDED_STATEMENT,
    /** A confirmation in the platform's app or site, by the person's own verified account. */
    ACCOUNT_CONFIRMATION,
    /** Given in person to the platform's staff or agent, and written down by them. */
    IN_PERSON;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ConsentForm> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }
}
