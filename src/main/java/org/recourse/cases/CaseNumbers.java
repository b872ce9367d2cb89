package org.recourse.cases;

import java.util.Locale;
import java.util.OptionalLong;

/** Staff-facing case numbers, {@code C-000123}: short enough to say on the phone, never shown to reporters. */
public final class CaseNumbers {

    private CaseNumbers() {
    }

    public static String format(long caseId) {
        return String.format(Locale.ROOT, "C-%06d", caseId);
    }

    public static OptionalLong parse(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String digits = text.strip().toUpperCase(Locale.ROOT).replaceFirst("^C-?", "");
        return digits.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(digits)) : OptionalLong.empty();
    }
}
