package org.recourse.context;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Context matches, uploaders' signals and flags: stored, counted and found in the caller's transaction. */
@ApplicationScoped
public class ContextRepository {

    @PersistenceContext
    EntityManager em;

    /** Whether this rule already matched this very text (same kind, same SHA-256) on this item. */
    public boolean matched(long contentItemId, TextKind kind, String textSha256, String ruleId) {
        return !em.createQuery("select m.id from ContextMatch m where m.contentItemId = :item and m.textKind = :kind"
                        + " and m.textSha256 = :sha and m.ruleId = :rule", Long.class)
                .setParameter("item", contentItemId).setParameter("kind", kind).setParameter("sha", textSha256)
                .setParameter("rule", ruleId).setMaxResults(1).getResultList().isEmpty();
    }

    public void add(ContextMatch match) {
        em.persist(match);
        em.flush();
    }

    /** The matches on the items of a case, newest first (at most 50: a page, not an archive). */
    public List<ContextMatch> matchesOnCase(long caseId) {
        return em.createQuery("select m from ContextMatch m where m.contentItemId in"
                        + " (select i.content.id from CaseItem i where i.caseFile.id = :case)"
                        + " order by m.receivedAt desc, m.id desc", ContextMatch.class)
                .setParameter("case", caseId).setMaxResults(50).getResultList();
    }

    /** The uploaders the platform named for the items of a case, in order. */
    @SuppressWarnings("unchecked")
    public List<String> uploadersOnCase(long caseId) {
        List<String> found = em.createNativeQuery("select distinct c.uploader_id from case_item i join content_item c"
                        + " on c.id = i.content_id where i.case_id = ?1 and c.uploader_id is not null")
                .setParameter(1, caseId).getResultList();
        return List.copyOf(new TreeSet<>(found));
    }

    /**
     * Records a signal once: a second signal with the same kind and source key for the uploader is dropped (a null
     * key always counts).
     *
     * @return whether it was recorded
     */
    public boolean addSignal(String uploaderId, SignalKind kind, String sourceKey, Instant at) {
        return em.createNativeQuery("insert into uploader_signal (uploader_id, kind, source_key, seen_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, uploaderId).setParameter(2, kind.name()).setParameter(3, sourceKey)
                .setParameter(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).executeUpdate() == 1;
    }

    /** An uploader's signals since {@code from}, per kind (every kind present, zero if none). */
    public Map<SignalKind, Long> signalsSince(String uploaderId, Instant from) {
        Map<SignalKind, Long> counts = new EnumMap<>(SignalKind.class);
        for (SignalKind kind : SignalKind.values()) {
            counts.put(kind, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, count(*) from uploader_signal where uploader_id = ?1"
                        + " and seen_at >= ?2 group by kind")
                .setParameter(1, uploaderId).setParameter(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .getResultList();
        rows.forEach(row -> counts.put(SignalKind.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * The uploader's flag, locked for the rest of the transaction; made (not flagged) the first time. Two transactions
     * making it at once both succeed: the insert is skipped when the row is there, then the lock orders them.
     */
    public UploaderFlag flagOf(String uploaderId) {
        em.createNativeQuery("insert into uploader_flag (uploader_id, flagged, score, crossings)"
                        + " values (?1, false, 0, 0) on conflict do nothing")
                .setParameter(1, uploaderId).executeUpdate();
        return em.find(UploaderFlag.class, uploaderId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The uploader's flag as it stands, unlocked; null for an uploader never weighed. */
    public UploaderFlag findFlag(String uploaderId) {
        return em.find(UploaderFlag.class, uploaderId);
    }

    /**
     * The open cases with an item whose uploader is flagged now (for the queue's mark): one query a page, bounded by
     * the few flagged uploaders' open cases.
     */
    public Set<Long> openCasesWithFlaggedUploader(int max) {
        List<Long> found = em.createQuery("select distinct i.caseFile.id from CaseItem i, UploaderFlag f"
                        + " where i.content.uploaderId = f.uploaderId and f.flagged = true"
                        + " and i.caseFile.status <> org.recourse.cases.CaseStatus.CLOSED", Long.class)
                .setMaxResults(max).getResultList();
        return Set.copyOf(found);
    }
}
