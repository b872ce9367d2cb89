package org.recourse.performers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the platform gives a person shown so that they can withdraw their consent without an account: {@code cw_} and
 * 20 random Crockford base32 symbols (100 bits), so it says nothing about how many records exist and cannot be guessed.
 * Only its SHA-256 is stored: whoever holds it may withdraw, so it is a secret, shown once.
 */
public record WithdrawalReference(String value) {

    static final String PREFIX = "cw_";
    static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    static final int SYMBOLS = 20;
    private static final Pattern FORM = Pattern.compile("cw_[0-9a-hjkmnp-tv-z]{" + SYMBOLS + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public WithdrawalReference {
        Objects.requireNonNull(value, "A withdrawal reference is required.");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a withdrawal reference.");
        }
    }

    public static WithdrawalReference generate() {
        StringBuilder symbols = new StringBuilder(PREFIX);
        for (int i = 0; i < SYMBOLS; i++) {
            symbols.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new WithdrawalReference(symbols.toString());
    }

    /**
     * The reference in what a person typed, forgiving what people do when they copy one by hand: capitals, spaces and
     * hyphens, the letters I and L for 1 and O for 0. Empty unless it then has exactly the form of one; never an
     * exception. A mistyped reference never reaches the database.
     */
    public static Optional<WithdrawalReference> parse(String typed) {
        if (typed == null || typed.length() > 80) {
            return Optional.empty();
        }
        String compact = typed.strip().replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
        if (!compact.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String symbols = compact.substring(PREFIX.length()).replace('i', '1').replace('l', '1').replace('o', '0');
        String candidate = PREFIX + symbols;
        return FORM.matcher(candidate).matches() ? Optional.of(new WithdrawalReference(candidate)) : Optional.empty();
    }

    /** What is stored and looked up: the SHA-256 of the reference, in hex. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
