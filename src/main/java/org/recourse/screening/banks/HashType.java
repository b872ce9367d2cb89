package org.recourse.screening.banks;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The kinds of hash a bank holds: PDQ (perceptual, matched within a distance) and exact SHA-256 and MD5. */
public enum HashType {
    PDQ(64), SHA256(64), MD5(32);

    private final Pattern format;

    HashType(int hexDigits) {
        this.format = Pattern.compile("[0-9a-f]{" + hexDigits + "}");
    }

    /** A type from its name as lists write it: pdq, sha256, sha-256, md5 (any case). */
    public static Optional<HashType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace("-", "");
        for (HashType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The value in canonical form (lower-case hex), or empty if it is not a hash of this type. */
    public Optional<String> canonical(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return format.matcher(lower).matches() ? Optional.of(lower) : Optional.empty();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
