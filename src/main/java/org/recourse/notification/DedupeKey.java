package org.recourse.notification;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one logical message, so that it can be stored only once however often the code that causes it runs (on one
 * node or several): {@code sla-breach:case-123:staff-7}. Built from ids and words only, so a key never carries an
 * address or any other personal data.
 */
public record DedupeKey(String value) {

    public static final int MAX_LENGTH = 200;
    private static final Pattern PART = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public DedupeKey {
        Objects.requireNonNull(value, "A dedupe key is required.");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A dedupe key has 1 to " + MAX_LENGTH + " characters.");
        }
        for (String part : value.split(":", -1)) {
            if (!PART.matcher(part).matches()) {
                throw new IllegalArgumentException("A dedupe key is made of lower-case words and ids joined by ':'.");
            }
        }
    }

    /** A key from its parts, e.g. {@code of("sla-breach", "case-" + caseId, "staff-" + staffId)}. */
    public static DedupeKey of(String... parts) {
        return new DedupeKey(String.join(":", parts));
    }

    @Override
    public String toString() {
        return value;
    }
}
