package org.recourse.evidence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.evidence.EvidenceStatus;

/** Stores and finds retention clocks and legal holds. */
@ApplicationScoped
public class RetentionRepository {

    @PersistenceContext
    EntityManager em;

    public void add(RetentionClock clock) {
        em.persist(clock);
    }

    public void add(LegalHold hold) {
        em.persist(hold);
    }

    /** Writes pending inserts now, so that a new hold has its id. */
    public void flushed() {
        em.flush();
    }

    /** A record's clocks, in the order they started. */
    public List<StartedClock> clocksOf(long recordId) {
        return em.createQuery("select c from RetentionClock c where c.recordId = :r order by c.startedAt, c.id",
                        RetentionClock.class)
                .setParameter("r", recordId).getResultStream().map(RetentionClock::started).toList();
    }

    /** The clocks of several records at once (a page of the record list), by record. */
    public Map<Long, List<StartedClock>> clocksOf(Collection<Long> recordIds) {
        Map<Long, List<StartedClock>> clocks = new HashMap<>();
        if (recordIds.isEmpty()) {
            return clocks;
        }
        em.createQuery("select c from RetentionClock c where c.recordId in :r order by c.startedAt, c.id",
                        RetentionClock.class)
                .setParameter("r", recordIds).getResultStream().forEach(clock -> clocks
                        .computeIfAbsent(clock.recordId(), id -> new java.util.ArrayList<>()).add(clock.started()));
        return clocks;
    }

    public Optional<LegalHold> findHold(long holdId) {
        return Optional.ofNullable(em.find(LegalHold.class, holdId));
    }

    /** A record's active holds, oldest first. */
    public List<LegalHold> activeHoldsOf(long recordId) {
        return em.createQuery("select h from LegalHold h where h.recordId = :r and h.releasedAt is null "
                        + "order by h.placedAt, h.id", LegalHold.class)
                .setParameter("r", recordId).getResultList();
    }

    /** Every hold of a record, active or released, newest first: its history on the record page. */
    public List<LegalHold> holdsOf(long recordId) {
        return em.createQuery("select h from LegalHold h where h.recordId = :r order by h.placedAt desc, h.id desc",
                        LegalHold.class)
                .setParameter("r", recordId).setMaxResults(200).getResultList();
    }

    /** How many active holds each of these records has (absent: none). */
    public Map<Long, Integer> activeHoldCounts(Collection<Long> recordIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (recordIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select h.recordId, count(h) from LegalHold h where h.recordId in :r "
                        + "and h.releasedAt is null group by h.recordId", Object[].class)
                .setParameter("r", recordIds).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Long) row[1]).intValue()));
        return counts;
    }

    /**
     * Active holds, the earliest review date first: overdue ones lead, then those due soonest.
     */
    public List<LegalHold> activeHolds(int max) {
        return em.createQuery("select h from LegalHold h where h.releasedAt is null order by h.reviewOn, h.id",
                        LegalHold.class)
                .setMaxResults(max).getResultList();
    }

    public long countActiveHolds() {
        return em.createQuery("select count(h) from LegalHold h where h.releasedAt is null", Long.class)
                .getSingleResult();
    }

    /**
     * Sealed records after {@code afterId} with at least one clock run out by {@code now} and no active hold, in id
     * order: candidates only. Whether a candidate is due is the policy's answer (every applicable clock, the period
     * in force), asked of each; the purge asks again under the record's lock.
     */
    public List<Long> purgeCandidates(Instant now, long afterId, int max) {
        return em.createQuery("""
                        select distinct c.recordId from RetentionClock c, EvidenceRecord r
                        where r.id = c.recordId and r.status = :sealed and c.purgeAfter <= :now and c.recordId > :after
                        and not exists (select h.id from LegalHold h where h.recordId = c.recordId
                                        and h.releasedAt is null)
                        order by c.recordId""", Long.class)
                .setParameter("sealed", EvidenceStatus.SEALED).setParameter("now", now)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /**
     * Active holds to be reviewed on or before {@code horizon} that were not reminded of that date, locked; rows
     * another node holds are skipped (it is reminding them).
     */
    public List<LegalHold> lockRemindable(LocalDate horizon, int max) {
        List<Long> ids = ((List<?>) em.createNativeQuery("""
                        select id from legal_hold where released_at is null and review_on <= ?1
                        and (reminded_for is null or reminded_for <> review_on) order by review_on, id
                        limit ?2 for update skip locked""")
                .setParameter(1, horizon).setParameter(2, max).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
        return ids.isEmpty() ? List.of() : em.createQuery("select h from LegalHold h where h.id in :ids order by h.id",
                LegalHold.class).setParameter("ids", ids).getResultList();
    }

    /** The case of each of these records (absent: no such record), in one query. */
    public Map<Long, Long> casesOf(Collection<Long> recordIds) {
        Map<Long, Long> cases = new HashMap<>();
        if (!recordIds.isEmpty()) {
            em.createQuery("select r.id, r.caseId from EvidenceRecord r where r.id in :ids", Object[].class)
                    .setParameter("ids", recordIds).getResultList()
                    .forEach(row -> cases.put((Long) row[0], (Long) row[1]));
        }
        return cases;
    }

    /** The record a hold is on, read without loading the hold (which is then loaded locked, and so fresh). */
    public Optional<Long> recordOfHold(long holdId) {
        return em.createQuery("select h.recordId from LegalHold h where h.id = :id", Long.class)
                .setParameter("id", holdId).getResultStream().findFirst();
    }

    /** The hold, locked for the rest of the transaction (release, new review date). */
    public Optional<LegalHold> lockHold(long holdId) {
        return Optional.ofNullable(em.find(LegalHold.class, holdId, LockModeType.PESSIMISTIC_WRITE));
    }
}
