package org.recourse.statements;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A statement's public id, safe to hand to the platform and on to its user: {@code sor_} and 26 random lowercase
 * Crockford base32 symbols (130 bits), so it says nothing about how many statements exist or in which order they came,
 * and cannot be guessed. It is what an appeal names.
 */
public record StatementId(String value) {

    static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    static final int SYMBOLS = 26;
    private static final Pattern FORM = Pattern.compile("sor_[0-9a-hjkmnp-tv-z]{" + SYMBOLS + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public StatementId {
        Objects.requireNonNull(value, "A statement id is required.");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a statement id.");
        }
    }

    /** A fresh id. */
    public static StatementId generate() {
        StringBuilder symbols = new StringBuilder("sor_");
        for (int i = 0; i < SYMBOLS; i++) {
            symbols.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new StatementId(symbols.toString());
    }

    /** The id in hostile text (a path, a body): empty unless it has exactly the form of one; never an exception. */
    public static Optional<StatementId> parse(String text) {
        return text != null && text.length() <= 40 && FORM.matcher(text).matches()
                ? Optional.of(new StatementId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
