package org.recourse.evidence.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.recourse.platform.secrets.SecretSeal;

/**
 * The installation's signing key, made on first use and kept in the database with its private half sealed under the
 * secrets key. Every node reads the same row, so every node signs with the same key; once read it is kept in memory
 * (it never changes while the portal runs).
 */
@ApplicationScoped
public class SigningKeys {

    /** What the sealed private key is for: bound into its sealing, so it opens nowhere else. */
    static final String PURPOSE = "evidence_signing_key.private_key";

    @Inject
    SigningKeyRepository keys;

    @Inject
    Clock clock;

    private volatile InstallationKey current;
    private volatile Instant createdAt;

    /** The key, made and stored now if this installation has none yet. */
    public InstallationKey current() {
        InstallationKey key = current;
        if (key == null) {
            synchronized (this) {
                if (current == null) {
                    current = load();
                }
                key = current;
            }
        }
        return key;
    }

    /** When the key was made. */
    public Instant createdAt() {
        current();
        return createdAt;
    }

    private InstallationKey load() {
        SigningKeyRepository.StoredKey stored = keys.find().orElse(null);
        if (stored == null) {
            InstallationKey fresh = InstallationKey.generate();
            keys.addIfAbsent(new SigningKeyRepository.StoredKey(base64(fresh.publicKeyDer()),
                    SecretSeal.current().seal(base64(fresh.privateKeyDer()), PURPOSE), fresh.fingerprint(),
                    clock.instant()));
            stored = keys.find().orElseThrow(() -> new IllegalStateException("The signing key was not stored"));
        }
        InstallationKey key = InstallationKey.of(Base64.getDecoder().decode(stored.publicKey()),
                Base64.getDecoder().decode(SecretSeal.current().open(stored.sealedPrivateKey(), PURPOSE)));
        if (!key.fingerprint().equals(stored.fingerprint())) {
            throw new IllegalStateException("The stored evidence signing key does not match its fingerprint");
        }
        createdAt = stored.createdAt();
        return key;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
