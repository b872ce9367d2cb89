package org.recourse.screening.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the platform says the upload is: general, or adult (sexually explicit, of consenting adults). */
public enum ContentClass {
    GENERAL, ADULT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContentClass> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }
}
