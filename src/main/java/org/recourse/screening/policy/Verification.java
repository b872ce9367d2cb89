package org.recourse.screening.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How far the platform verified the uploader's account, weakest first (the order is the rule table's "below"). */
public enum Verification {
    NONE, EMAIL, PHONE, PAYMENT, IDENTITY_DOCUMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean below(Verification other) {
        return ordinal() < other.ordinal();
    }

    public static Optional<Verification> ofCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
