package org.recourse.screening.partners;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an account signal is a hash of, and how its raw value is normalised first, so that two platforms holding the
 * same address written differently compute the same hash. The rules are part of the file format (version 1): change
 * one and the version changes.
 */
public enum IdentifierKind {

    /**
     * An email address: NFKC, surrounding spaces dropped, lower case, a {@code +tag} after the local part dropped (the
     * cheapest way to make a fresh account of the same mailbox), a trailing dot of the domain dropped.
     */
    EMAIL {
        @Override
        Optional<String> normaliseRaw(String text) {
            String value = text.toLowerCase(Locale.ROOT);
            int at = value.indexOf('@');
            if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1
                    || !EMAIL_CHARS.matcher(value).matches()) {
                return Optional.empty();
            }
            String local = value.substring(0, at);
            String domain = value.substring(at + 1);
            int tag = local.indexOf('+');
            if (tag == 0) {
                return Optional.empty();
            }
            local = tag > 0 ? local.substring(0, tag) : local;
            domain = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
            if (local.length() > 64 || domain.isEmpty() || domain.length() > 253 || !domain.contains(".")
                    || domain.startsWith(".") || domain.contains("..")) {
                return Optional.empty();
            }
            return Optional.of(local + "@" + domain);
        }
    },

    /**
     * A phone number in E.164: {@code +} and 7 to 15 digits, the first not 0. Spaces, dashes, dots, slashes and
     * parentheses are dropped and a leading {@code 00} is read as {@code +}; a number without its country code cannot
     * be put in E.164 without guessing, so it is not hashed.
     */
    PHONE {
        @Override
        Optional<String> normaliseRaw(String text) {
            if (!PHONE_CHARS.matcher(text).matches()) {
                return Optional.empty();
            }
            String digits = text.replaceAll("[^0-9+]", "");
            if (digits.startsWith("00")) {
                digits = "+" + digits.substring(2);
            }
            return E164.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
        }
    },

    /** A public user name or handle: NFKC, spaces around dropped, lower case, a leading {@code @} dropped. */
    USERNAME {
        @Override
        Optional<String> normaliseRaw(String text) {
            String value = text.toLowerCase(Locale.ROOT);
            value = value.startsWith("@") ? value.substring(1).strip() : value;
            return value.isEmpty() || value.length() > 100 || CONTROLS.matcher(value).find() ? Optional.empty()
                    : Optional.of(value);
        }
    };

    private static final Pattern EMAIL_CHARS = Pattern.compile("[^\\s\\p{Cntrl}<>()\\[\\],;:\"\\\\]{3,254}");
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9 ().\\-/]{4,40}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cntrl}|\\p{Cf}");

    /** The longest raw value accepted before normalising. */
    public static final int MAX_RAW = 320;

    /** The normalised value, or empty when the raw value is not one of this kind (nothing is hashed then). */
    public Optional<String> normalise(String raw) {
        if (raw == null || raw.length() > MAX_RAW) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        return text.isEmpty() ? Optional.empty() : normaliseRaw(text);
    }

    abstract Optional<String> normaliseRaw(String text);

    /** How the kind is written in files and answers. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IdentifierKind> fromCode(String code) {
        for (IdentifierKind kind : values()) {
            if (kind.code().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
