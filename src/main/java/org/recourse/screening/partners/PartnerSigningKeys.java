package org.recourse.screening.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Base64;
import org.recourse.platform.secrets.SecretSeal;

/**
 * This portal's key for signing the files it exports to partners: made on first use and kept in the database with its
 * private half sealed under the secrets key (as the evidence vault keeps its own), the same on every node; its public
 * half and fingerprint are what the admin page shows for partners to pin.
 */
@ApplicationScoped
public class PartnerSigningKeys {

    /** What the sealed private key is for: bound into its sealing, so it opens nowhere else. */
    static final String PURPOSE = "partner_signing_key.private_key";

    @Inject
    PartnerRepository repository;

    @Inject
    Clock clock;

    private volatile ExchangeKey current;

    /** The key, made and stored now if this installation has none yet. */
    public ExchangeKey current() {
        ExchangeKey key = current;
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

    private ExchangeKey load() {
        PartnerRepository.StoredKey stored = repository.signingKey().orElse(null);
        if (stored == null) {
            ExchangeKey fresh = ExchangeKey.generate();
            repository.addSigningKeyIfAbsent(new PartnerRepository.StoredKey(fresh.publicKeyBase64(),
                    SecretSeal.current().seal(Base64.getEncoder().encodeToString(fresh.privateKeyDer()), PURPOSE),
                    fresh.fingerprint(), clock.instant()));
            stored = repository.signingKey().orElseThrow(() -> new IllegalStateException("The key was not stored"));
        }
        ExchangeKey key = ExchangeKey.of(Base64.getDecoder().decode(stored.publicKey()),
                Base64.getDecoder().decode(SecretSeal.current().open(stored.sealedPrivateKey(), PURPOSE)));
        if (!key.fingerprint().equals(stored.fingerprint())) {
            throw new IllegalStateException("The stored partner signing key does not match its fingerprint");
        }
        return key;
    }
}
