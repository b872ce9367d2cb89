package org.recourse.evidence.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recourse.evidence.CustodyAction;
import org.recourse.evidence.EvidenceRecord;
import org.recourse.evidence.EvidenceStatus;

/**
 * The queries behind the LEGAL list's statuses: which sealed records were reported (a REPORTED entry in their chain of
 * custody, written by the vault when anyone fires {@code RecordReported}) and which are held (an active legal hold).
 * Ids only, newest first, so a filtered list pages without loading records it does not show.
 */
@ApplicationScoped
public class LegalRecordRepository {

    private static final String ACTIVE_HOLD = "exists (select h.id from LegalHold h where h.recordId = r.id "
            + "and h.releasedAt is null)";
    private static final String REPORTED = "exists (select c.id from CustodyEntry c where c.recordId = r.id "
            + "and c.action = :reported)";

    @PersistenceContext
    EntityManager em;

    /** Sealed records with an active hold, newest first. */
    public List<Long> held() {
        return em.createQuery("select r.id from EvidenceRecord r where r.status = :sealed and " + ACTIVE_HOLD
                        + " order by r.sealedAt desc, r.id desc", Long.class)
                .setParameter("sealed", EvidenceStatus.SEALED).getResultList();
    }

    /** Sealed records reported to someone and not held, newest first. */
    public List<Long> reportedNotHeld() {
        return em.createQuery("select r.id from EvidenceRecord r where r.status = :sealed and " + REPORTED
                        + " and not " + ACTIVE_HOLD + " order by r.sealedAt desc, r.id desc", Long.class)
                .setParameter("sealed", EvidenceStatus.SEALED).setParameter("reported", CustodyAction.REPORTED)
                .getResultList();
    }

    /** Sealed records never reported and not held, newest first (none of them can be due: no clock started). */
    public List<Long> sealedOnly() {
        return em.createQuery("select r.id from EvidenceRecord r where r.status = :sealed and not " + REPORTED
                        + " and not " + ACTIVE_HOLD + " order by r.sealedAt desc, r.id desc", Long.class)
                .setParameter("sealed", EvidenceStatus.SEALED).setParameter("reported", CustodyAction.REPORTED)
                .getResultList();
    }

    /** Which of these records were reported. */
    public Set<Long> reportedAmong(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct c.recordId from CustodyEntry c where c.action = :reported "
                        + "and c.recordId in :ids", Long.class)
                .setParameter("reported", CustodyAction.REPORTED).setParameter("ids", recordIds).getResultList());
    }

    /** These records by id (those that exist). */
    public Map<Long, EvidenceRecord> records(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r from EvidenceRecord r where r.id in :ids", EvidenceRecord.class)
                .setParameter("ids", recordIds).getResultList().stream()
                .collect(Collectors.toMap(EvidenceRecord::id, Function.identity()));
    }
}
