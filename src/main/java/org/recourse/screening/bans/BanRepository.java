package org.recourse.screening.bans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores, finds and locks uploader bans, and keeps the account signals of uploaders, in the caller's transaction. */
@ApplicationScoped
public class BanRepository {

    @PersistenceContext
    EntityManager em;

    /** Stores a new ban and writes it at once, so it has its id. */
    public void add(UploaderBan ban) {
        em.persist(ban);
        em.flush();
    }

    /** The uploader's ban that has not been lifted, if there is one. */
    public Optional<UploaderBan> active(String uploaderId) {
        return em.createQuery("select b from UploaderBan b where b.uploaderId = :u and b.liftedAt is null",
                UploaderBan.class).setParameter("u", uploaderId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Whether a ban of this uploader (in force or lifted) came from this case: a re-decision does not ban again. */
    public boolean bannedFromCase(String uploaderId, String caseNumber) {
        return !em.createQuery("select b.id from UploaderBan b where b.uploaderId = :u and b.caseNumber = :c "
                        + "and b.byHand = false", Long.class)
                .setParameter("u", uploaderId).setParameter("c", caseNumber).setMaxResults(1).getResultList().isEmpty();
    }

    /** Stores a new strike and writes it at once. */
    public void addStrike(UploaderStrike strike) {
        em.persist(strike);
        em.flush();
    }

    /** The uploader's strike for this case, if there is one. */
    public Optional<UploaderStrike> strike(String uploaderId, long caseId) {
        return em.createQuery("select s from UploaderStrike s where s.uploaderId = :u and s.caseId = :c",
                        UploaderStrike.class).setParameter("u", uploaderId).setParameter("c", caseId)
                .getResultList().stream().findFirst();
    }

    /**
     * How many strikes the uploader has received since a time, their rows locked for the rest of the transaction: a
     * second removal of the same uploader decided at the same moment waits, then counts this one's strike too.
     */
    public int strikesSince(String uploaderId, Instant since) {
        return em.createQuery("select s from UploaderStrike s where s.uploaderId = :u and s.struckAt > :t"
                        + " and s.withdrawnAt is null", UploaderStrike.class).setParameter("u", uploaderId).setParameter("t", since)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().size();
    }

    /**
     * How many of the uploader's strikes still count that were received after {@code from} and up to {@code to}: what
     * a strike-rule ban given at {@code to} rests on once a reversed removal's strike is withdrawn.
     */
    public long countingStrikes(String uploaderId, Instant from, Instant to) {
        return em.createQuery("select count(s) from UploaderStrike s where s.uploaderId = :u and s.struckAt > :f"
                        + " and s.struckAt <= :t and s.withdrawnAt is null", Long.class)
                .setParameter("u", uploaderId).setParameter("f", from).setParameter("t", to).getSingleResult();
    }

    /** Strikes of these uploaders, the latest first. */
    public List<UploaderStrike> strikesOf(Collection<String> uploaderIds) {
        if (uploaderIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from UploaderStrike s where s.uploaderId in :u order by s.struckAt desc",
                UploaderStrike.class).setParameter("u", uploaderIds).setMaxResults(500).getResultList();
    }

    /** Finds a ban locked for the rest of the transaction. */
    public Optional<UploaderBan> lock(long banId) {
        return Optional.ofNullable(em.find(UploaderBan.class, banId, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Bans in force first, then lifted ones; the latest first within each. Not "liftedAt nulls first": Hibernate
     * leaves it out of H2's SQL as if it were H2's default, and the portal starts H2 with nulls sorted high.
     */
    public List<UploaderBan> list(int max) {
        return em.createQuery("""
                        select b from UploaderBan b
                        order by case when b.liftedAt is null then 0 else 1 end, b.bannedAt desc""",
                UploaderBan.class).setMaxResults(max).getResultList();
    }

    /** Remembers that an uploader's account carries this signal (once; a signal seen before keeps its first time). */
    public void rememberSignal(String uploaderId, String type, String hash, OffsetDateTime now) {
        em.createNativeQuery("""
                        insert into account_signal (uploader_id, signal_type, signal_hash, first_seen)
                        select ?1, ?2, ?3, ?4 where not exists (select 1 from account_signal
                            where uploader_id = ?1 and signal_type = ?2 and signal_hash = ?3)""")
                .setParameter(1, uploaderId).setParameter(2, type).setParameter(3, hash).setParameter(4, now)
                .executeUpdate();
    }

    /** A banned uploader (ban not lifted) whose account carries this signal, if there is one. */
    public Optional<String> bannedWithSignal(String type, String hash) {
        List<?> banned = em.createNativeQuery("""
                        select s.uploader_id from account_signal s join uploader_ban b on b.uploader_id = s.uploader_id
                        where s.signal_type = ?1 and s.signal_hash = ?2 and b.lifted_at is null""")
                .setParameter(1, type).setParameter(2, hash).setMaxResults(1)
                .getResultList();
        return banned.stream().findFirst().map(uploader -> (String) uploader);
    }
}
