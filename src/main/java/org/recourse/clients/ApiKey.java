package org.recourse.clients;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API key as the platform holds it: {@code rk_<prefix>_<secret>}. The prefix (10 lower-case base32 symbols) names
 * the key in lists and finds its row; the secret (32 random bytes) is the proof. Only the SHA-256 of the whole key
 * is stored: with 256 random bits a slow password hash would add nothing.
 */
public record ApiKey(String prefix, String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX_ALPHABET = "abcdefghjkmnpqrstvwxyz0123456789";
    private static final Pattern FORMAT = Pattern.compile("rk_([a-z0-9]{10})_([A-Za-z0-9_-]{43})");

    /** A new key from {@link SecureRandom}. */
    public static ApiKey generate() {
        StringBuilder prefix = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(RANDOM.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "rk_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new ApiKey(prefix.toString(), key);
    }

    /** A key as presented in a request; empty for anything that cannot be one (so it is never looked up). */
    public static Optional<ApiKey> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(presented.strip());
        return matcher.matches() ? Optional.of(new ApiKey(matcher.group(1), matcher.group(0))) : Optional.empty();
    }

    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Compares a stored hash with this key's in constant time. */
    public boolean matches(String storedHash) {
        return MessageDigest.isEqual(hash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        // Never the secret in a log or an exception message.
        return "rk_" + prefix + "_…";
    }
}
