package org.recourse.appeals;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The platform's id of one of its own verification records (age, consent). Only the id travels: Recourse never
 * receives identity documents, so this is checked to look like an id and nothing more (no spaces, no control
 * characters, at most {@value #MAX_LENGTH} characters).
 */
public record RecordId(String value) {

    public static final int MAX_LENGTH = 128;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");

    public RecordId {
        Objects.requireNonNull(value, "A record id is required.");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a record id");
        }
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
