package org.recourse.screening.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The service's risk tier (setting {@code recourse.policy.tier}): which rule table screening applies. */
public enum Tier {
    TEXT_ONLY, GENERAL_MEDIA, ADULT_CONTENT;

    /** As settings and the API write it: {@code general_media}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Tier> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code == null ? null : code.strip())).findFirst();
    }
}
