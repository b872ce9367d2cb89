package org.recourse.performers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The queries of performer records: by the platform's id, by withdrawal reference (its hash), many ids at once. */
@ApplicationScoped
public class PerformerRecordRepository {

    @PersistenceContext(unitName = "recourse")
    EntityManager em;

    public Optional<PerformerRecord> find(String recordId) {
        return em.createQuery("select r from PerformerRecord r where r.recordId = :id", PerformerRecord.class)
                .setParameter("id", recordId).getResultStream().findFirst();
    }

    /** The record, locked for a change (a withdrawal, a link), so that two changes never cross. */
    public Optional<PerformerRecord> lock(String recordId) {
        return em.createQuery("select r from PerformerRecord r where r.recordId = :id", PerformerRecord.class)
                .setParameter("id", recordId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** The record of a withdrawal reference, locked: the public page's one way in. */
    public Optional<PerformerRecord> lockByReference(WithdrawalReference reference) {
        return em.createQuery("select r from PerformerRecord r where r.withdrawalRefHash = :hash",
                        PerformerRecord.class)
                .setParameter("hash", reference.hash()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The records among these ids (at most a few hundred: the caller bounds them). */
    public List<PerformerRecord> findAll(Collection<String> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from PerformerRecord r where r.recordId in :ids", PerformerRecord.class)
                .setParameter("ids", recordIds).getResultList();
    }

    public void add(PerformerRecord record) {
        em.persist(record);
    }
}
