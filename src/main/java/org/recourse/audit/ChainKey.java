package org.recourse.audit;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.recourse.platform.secrets.SecretSeal;

/**
 * The key of the audit chain: HMAC-SHA256 under a key derived from the secrets key (RECOURSE_SECRETS_KEY, or the key
 * file in the data folder), for this purpose only. The database never holds it, so whoever can write to the database
 * can no longer rewrite a row and recompute the chain after it: only the portal can make a hash that verifies. Every
 * node needs the same secrets key (as it already does for sealed secrets); with another key, every row reads altered.
 */
final class ChainKey {

    static final String PURPOSE = "audit-chain";

    private final SecretKeySpec key;

    ChainKey(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** The portal's chain key, derived from its secrets key. */
    static ChainKey current() {
        return new ChainKey(SecretSeal.current().derive(PURPOSE));
    }

    /** A fresh HMAC under this key (a Mac is not safe to share between threads). */
    Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
