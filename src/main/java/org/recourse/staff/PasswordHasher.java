package org.recourse.staff;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes: PBKDF2-HMAC-SHA256 with 16 random bytes of salt, stored as
 * {@code pbkdf2-sha256$iterations$salt$hash} so the work factor can be raised later without breaking old hashes.
 *
 * <p>A password a person chose gets the full work factor. A one-time password is 20 random symbols (about 99 bits),
 * works for a day and must be replaced at first sign-in: it gets {@link #ONE_TIME_ITERATIONS} (NIST SP 800-63B's floor
 * for PBKDF2 when a secret has less than 112 bits; guessing it is 2^98 derivations on average, far out of reach
 * either way), which makes creating an account or the first admin at start 60 times cheaper (1.4 s of every fresh
 * start under the embedded mode's JIT). So that a sign-in does not tell an account still on its one-time password
 * from one set up (or from an unknown name), checking a hash of fewer iterations than this hasher's spends the
 * difference on a throwaway derivation: every check costs the full work factor (docs/security.md).
 */
public final class PasswordHasher {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** The work factor of a random one-time password (never more than the hasher's own). */
    public static final int ONE_TIME_ITERATIONS = 10_000;
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] THROWAWAY_SALT = new byte[16];

    /** PBKDF2 itself: password, salt, iterations to the derived key (replaceable for the tests, which count). */
    interface Derivation {
        byte[] derive(char[] password, byte[] salt, int iterations);
    }

    private final int iterations;
    private final Derivation derivation;

    public PasswordHasher(int iterations) {
        this(iterations, PasswordHasher::pbkdf2);
    }

    PasswordHasher(int iterations, Derivation derivation) {
        if (iterations < 1_000) {
            throw new IllegalArgumentException("Too few PBKDF2 iterations: " + iterations);
        }
        this.iterations = iterations;
        this.derivation = derivation;
    }

    /** The hasher for random one-time passwords: {@link #ONE_TIME_ITERATIONS}, or this one's if fewer. */
    public PasswordHasher forOneTimePasswords() {
        return new PasswordHasher(Math.min(iterations, ONE_TIME_ITERATIONS), derivation);
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return PREFIX + "$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derivation.derive(password, salt, iterations));
    }

    /**
     * Compares in constant time; a malformed stored hash never matches. A stored hash of fewer iterations than this
     * hasher's (a one-time password, or one from before the work factor was raised) is topped up with a throwaway
     * derivation, so the check takes as long whatever the account's state.
     */
    public boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        boolean matches;
        int spent;
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            int storedIterations = Integer.parseInt(parts[1]);
            matches = MessageDigest.isEqual(expected, derivation.derive(password, salt, storedIterations));
            spent = storedIterations;
        } catch (IllegalArgumentException e) {
            // Bad base64, a non-numeric or non-positive count, an empty salt: a broken hash, not a server error.
            return false;
        }
        if (spent < iterations) {
            derivation.derive(password, THROWAWAY_SALT, iterations - spent);
        }
        return matches;
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Every JDK has PBKDF2WithHmacSHA256", e);
        }
    }

    /** A readable one-time password: 20 symbols from an alphabet without look-alikes, about 100 bits. */
    public static String oneTimePassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
