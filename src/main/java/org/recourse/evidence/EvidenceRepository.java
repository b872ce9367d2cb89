package org.recourse.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores and finds evidence records, their encrypted parts and their chain of custody. Reads of lists never load the
 * parts (they are large); only the vault reads them, to open a record.
 */
@ApplicationScoped
public class EvidenceRepository {

    @PersistenceContext
    EntityManager em;

    /** The next record id, taken before the record is built: its id is bound into its encryption. */
    public long nextId() {
        return ((Number) em.createNativeQuery("select nextval('evidence_record_seq')").getSingleResult()).longValue();
    }

    /** Stores a new record with its parts, in the caller's transaction. */
    public void add(EvidenceRecord record, List<EvidencePart> parts) {
        em.persist(record);
        parts.forEach(em::persist);
    }

    public Optional<EvidenceRecord> find(long recordId) {
        return Optional.ofNullable(em.find(EvidenceRecord.class, recordId));
    }

    /** The record, its row locked for the rest of the transaction (rotation, shredding, holds). */
    public Optional<EvidenceRecord> lock(long recordId) {
        return Optional.ofNullable(em.find(EvidenceRecord.class, recordId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The record sealed for this case item, if any (one per item: a decided item stays decided). */
    public Optional<EvidenceRecord> findByCaseItem(long caseItemId) {
        return em.createQuery("select r from EvidenceRecord r where r.caseItemId = :item", EvidenceRecord.class)
                .setParameter("item", caseItemId).getResultStream().findFirst();
    }

    /** The records of a case, oldest first. */
    public List<EvidenceRecord> ofCase(long caseId) {
        return em.createQuery("select r from EvidenceRecord r where r.caseId = :c order by r.id", EvidenceRecord.class)
                .setParameter("c", caseId).getResultList();
    }

    /**
     * A page of records, newest first.
     *
     * @param status only records in this status, or null for all
     * @param first the index of the first record to return
     * @param max at most this many
     */
    public List<EvidenceRecord> list(EvidenceStatus status, int first, int max) {
        // Two shapes rather than ":status is null or ...": PostgreSQL cannot type a parameter that is only compared with null.
        var query = status == null
                ? em.createQuery("select r from EvidenceRecord r order by r.sealedAt desc, r.id desc",
                        EvidenceRecord.class)
                : em.createQuery("select r from EvidenceRecord r where r.status = :status "
                        + "order by r.sealedAt desc, r.id desc", EvidenceRecord.class).setParameter("status", status);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many records there are in this status (null: all). */
    public long count(EvidenceStatus status) {
        return status == null ? counts().values().stream().mapToLong(Long::longValue).sum() : counts().get(status);
    }

    /** How many records there are in each status (every status present, zero when none). */
    public Map<EvidenceStatus, Long> counts() {
        Map<EvidenceStatus, Long> counts = new EnumMap<>(EvidenceStatus.class);
        for (EvidenceStatus status : EvidenceStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select r.status, count(r) from EvidenceRecord r group by r.status", Object[].class)
                .getResultList().forEach(row -> counts.put((EvidenceStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Ids of sealed records whose data key is not under this vault key, at most {@code max}, after {@code afterId}. */
    public List<Long> sealedNotUnder(String vaultKeyId, long afterId, int max) {
        return em.createQuery("""
                        select r.id from EvidenceRecord r where r.status = :sealed and r.vaultKeyId <> :key
                        and r.id > :after order by r.id""", Long.class)
                .setParameter("sealed", EvidenceStatus.SEALED).setParameter("key", vaultKeyId)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /** A record's encrypted parts, in their order. */
    List<EvidencePart> parts(long recordId) {
        return em.createQuery("select p from EvidencePart p where p.recordId = :r order by p.index",
                        EvidencePart.class)
                .setParameter("r", recordId).getResultList();
    }

    /** Deletes a record's encrypted parts (after its data key was destroyed); returns how many. */
    int deleteParts(long recordId) {
        return em.createQuery("delete from EvidencePart p where p.recordId = :r")
                .setParameter("r", recordId).executeUpdate();
    }

    /** Writes pending changes now: a shredded key reaches the database before its parts are deleted. */
    void flush() {
        em.flush();
    }

    void addCustody(CustodyEntry entry) {
        em.persist(entry);
    }

    /** A record's chain of custody, oldest first. */
    public List<CustodyEntry> custody(long recordId) {
        return em.createQuery("select c from CustodyEntry c where c.recordId = :r order by c.at, c.id",
                        CustodyEntry.class)
                .setParameter("r", recordId).getResultList();
    }
}
