package org.recourse.screening.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Partnerships, their exchanges, the partners' signals (native SQL for the bulk writes and the look-up). */
@ApplicationScoped
public class PartnerRepository {

    /** Rows per insert statement when a file's signals are stored. */
    private static final int BATCH = 200;

    /** A stored signal that matched, with its partnership's name. */
    public record Match(long partnershipId, String partner, IdentifierKind kind, String hash, String reason,
            LocalDate bannedOn) {
    }

    /** This portal's signing key as stored: public key and sealed private key, both base64. */
    public record StoredKey(String publicKey, String sealedPrivateKey, String fingerprint, Instant createdAt) {
    }

    @PersistenceContext
    EntityManager em;

    public void add(Partnership partnership) {
        em.persist(partnership);
        em.flush();
    }

    public Optional<Partnership> find(long id) {
        return Optional.ofNullable(em.find(Partnership.class, id));
    }

    public Optional<Partnership> lock(long id) {
        return Optional.ofNullable(em.find(Partnership.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public boolean nameTaken(String name) {
        return !em.createQuery("select p.id from Partnership p where lower(p.name) = lower(:name)")
                .setParameter("name", name).setMaxResults(1).getResultList().isEmpty();
    }

    public List<Partnership> list() {
        return em.createQuery("select p from Partnership p order by p.name", Partnership.class).getResultList();
    }

    /** The enabled partnerships whose signals match (import or both). */
    public List<Partnership> importing() {
        return em.createQuery("select p from Partnership p where p.enabled = true and p.direction <> :export "
                + "order by p.id", Partnership.class).setParameter("export", Direction.EXPORT).getResultList();
    }

    public void add(PartnerExchange exchange) {
        em.persist(exchange);
        em.flush();
    }

    public boolean imported(long partnershipId, String fileId) {
        return !em.createQuery("select e.id from PartnerExchange e where e.partnershipId = :p and e.fileId = :f "
                        + "and e.direction = :way")
                .setParameter("p", partnershipId).setParameter("f", fileId)
                .setParameter("way", PartnerExchange.Way.IMPORT).setMaxResults(1).getResultList().isEmpty();
    }

    public List<PartnerExchange> recentExchanges(int max) {
        return em.createQuery("select e from PartnerExchange e order by e.doneAt desc, e.id desc",
                PartnerExchange.class).setMaxResults(max).getResultList();
    }

    /** Replaces a partnership's signals with a file's: the partner's newest list is the whole list. */
    public void replaceSignals(long partnershipId, long exchangeId, List<SharedSignal> signals) {
        em.createNativeQuery("delete from partner_signal where partnership_id = ?1").setParameter(1, partnershipId)
                .executeUpdate();
        for (int from = 0; from < signals.size(); from += BATCH) {
            List<SharedSignal> batch = signals.subList(from, Math.min(signals.size(), from + BATCH));
            StringBuilder sql = new StringBuilder("insert into partner_signal (partnership_id, exchange_id, kind, "
                    + "signal_hash, reason, banned_on) values ");
            for (int i = 0; i < batch.size(); i++) {
                int p = i * 6;
                sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?")
                        .append(p + 3).append(", ?").append(p + 4).append(", ?").append(p + 5).append(", ?")
                        .append(p + 6).append(')');
            }
            Query insert = em.createNativeQuery(sql.toString());
            for (int i = 0; i < batch.size(); i++) {
                SharedSignal s = batch.get(i);
                int p = i * 6;
                insert.setParameter(p + 1, partnershipId).setParameter(p + 2, exchangeId)
                        .setParameter(p + 3, s.kind().name()).setParameter(p + 4, s.hash())
                        .setParameter(p + 5, s.reason()).setParameter(p + 6, Date.valueOf(s.bannedOn()));
            }
            insert.executeUpdate();
        }
    }

    /** How many signals each partnership holds. */
    public Map<Long, Long> signalCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("select partnership_id, count(*) from partner_signal "
                + "group by partnership_id").getResultList()) {
            Object[] values = (Object[]) row;
            counts.put(((Number) values[0]).longValue(), ((Number) values[1]).longValue());
        }
        return counts;
    }

    /**
     * The stored signals with any of these hashes, of enabled partnerships that import: a partnership disabled in
     * another transaction stops matching with its commit.
     */
    public List<Match> matching(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("select s.partnership_id, p.name, s.kind, s.signal_hash, s.reason, "
                        + "s.banned_on from partner_signal s join partnership p on p.id = s.partnership_id "
                        + "where s.signal_hash in (?1) and p.enabled = true and p.direction <> 'EXPORT' "
                        + "order by p.name, s.kind")
                .setParameter(1, List.copyOf(hashes)).setMaxResults(100).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(v -> new Match(((Number) v[0]).longValue(),
                (String) v[1], IdentifierKind.valueOf((String) v[2]), (String) v[3], (String) v[4],
                localDate(v[5]))).toList();
    }

    public Optional<StoredKey> signingKey() {
        List<?> rows = em.createNativeQuery("select public_key, private_key, fingerprint, created_at "
                + "from partner_signing_key where slot = 'installation'").getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new StoredKey((String) row[0], (String) row[1], (String) row[2], instant(row[3])));
    }

    /** Adds the key unless one is there (another node's insert wins; this one then does nothing). */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void addSigningKeyIfAbsent(StoredKey key) {
        em.createNativeQuery("insert into partner_signing_key (slot, public_key, private_key, fingerprint, created_at) "
                        + "values ('installation', ?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, key.publicKey()).setParameter(2, key.sealedPrivateKey())
                .setParameter(3, key.fingerprint())
                .setParameter(4, OffsetDateTime.ofInstant(key.createdAt(), ZoneOffset.UTC)).executeUpdate();
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
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
