package org.recourse.screening.partners;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash of an account signal under a partnership's agreed key: lower-case hex HMAC-SHA256 of the kind's code,
 * a colon and the normalised value ({@code "email:ana@example.org"}), so that a partner without the key cannot test
 * guesses and a value of one kind never matches another kind. The key is 32 random bytes (base64 between partners).
 */
public final class SignalHasher {

    public static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] key;

    private SignalHasher(byte[] key) {
        if (key.length < KEY_BYTES || key.length > 64) {
            throw new IllegalArgumentException("A partnership key is 32 to 64 bytes, not " + key.length);
        }
        this.key = key.clone();
    }

    /** A fresh random key, in base64. */
    public static String newKey() {
        byte[] fresh = new byte[KEY_BYTES];
        RANDOM.nextBytes(fresh);
        return Base64.getEncoder().encodeToString(fresh);
    }

    /** A hasher under a key given as base64, or empty if it is not base64 of 32 to 64 bytes. */
    public static Optional<SignalHasher> ofBase64(String key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SignalHasher(Base64.getDecoder().decode(key.strip())));
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
    }

    /** The hash of a raw value of a kind, or empty if the value does not normalise. */
    public Optional<String> hashRaw(IdentifierKind kind, String raw) {
        return kind.normalise(raw).map(value -> hash(kind, value));
    }

    /** The hash of a value already normalised. */
    public String hash(IdentifierKind kind, String normalised) {
        return HEX.formatHex(mac(kind.code() + ":" + normalised));
    }

    /**
     * A short name of the key that reveals nothing of it (the first 8 bytes of its HMAC of a fixed text), written in
     * each file so that a file hashed under another partnership's key is refused instead of never matching.
     */
    public String keyId() {
        return HEX.formatHex(mac("recourse partner key id")).substring(0, 16);
    }

    private byte[] mac(String text) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return hmac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
