package org.recourse.evidence.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The one row of {@code evidence_signing_key}: read it, or add it if no node has yet. */
@ApplicationScoped
public class SigningKeyRepository {

    static final String SLOT = "installation";

    /** The stored key: public key and sealed private key, both base64. */
    record StoredKey(String publicKey, String sealedPrivateKey, String fingerprint, Instant createdAt) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<StoredKey> find() {
        List<?> rows = em.createNativeQuery("select public_key, private_key, fingerprint, created_at "
                + "from evidence_signing_key where slot = ?1").setParameter(1, SLOT).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new StoredKey((String) row[0], (String) row[1], (String) row[2], instant(row[3])));
    }

    /**
     * Adds this key unless one is there (or being added by another node: the insert waits for that transaction and
     * then does nothing). Its own transaction, so the key is there for every node once this returns.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void addIfAbsent(StoredKey key) {
        em.createNativeQuery("insert into evidence_signing_key (slot, algorithm, public_key, fingerprint, private_key, "
                        + "created_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, SLOT).setParameter(2, InstallationKey.ALGORITHM).setParameter(3, key.publicKey())
                .setParameter(4, key.fingerprint()).setParameter(5, key.sealedPrivateKey())
                .setParameter(6, OffsetDateTime.ofInstant(key.createdAt(), ZoneOffset.UTC))
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Instant time) {
            return time;
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        return value == null ? null : OffsetDateTime.parse(value.toString()).toInstant();
    }
}
