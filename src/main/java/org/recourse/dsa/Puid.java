package org.recourse.dsa;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform unique identifier of a statement in the database: HMAC-SHA256 of the statement's id and version under a
 * key derived from the secrets key, in base64url (43 characters of {@code A-Z a-z 0-9 - _}, which the database
 * accepts). Unique per version, stable across retries (so a resend is recognised as a duplicate), and without the key
 * it cannot be linked back to a statement, a case or a count of them.
 */
public final class Puid {

    /** What the key is derived for ({@code SecretSeal.derive}). */
    public static final String PURPOSE = "dsa puid";

    private final SecretKeySpec key;

    public Puid(byte[] key) {
        Objects.requireNonNull(key, "The key is required.");
        if (key.length < 32) {
            throw new IllegalArgumentException("The puid key must be at least 32 bytes.");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    public String of(long statementId, int version) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] tag = mac.doFinal(("statement " + statementId + " version " + version)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
