package org.recourse.screening.sweep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.recourse.content.ContentItem;
import org.recourse.content.Visibility;
import org.recourse.matching.hash.PdqHash;
import org.recourse.screening.banks.BankEntry;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.HashType;

/**
 * The sweep's queries: the content change log, registered content by fingerprint, the sweeps and their batches of
 * entries, the cases and copies they made, and what a survivor may be told of them (a count).
 */
@ApplicationScoped
public class SweepRepository {

    /** A registered item's PDQ hash, as the content index loads it. */
    public record IndexedPdq(long itemId, PdqHash pdq) {
    }

    /** A copy on a case, for the case page: the item's platform id, how it matched and which entry found it. */
    public record CopyRow(String contentId, HashType hashType, int distance, long entryId, String bankName) {
    }

    private static final List<Visibility> SERVED = List.of(Visibility.VISIBLE, Visibility.RESTORED);

    @PersistenceContext
    EntityManager em;

    // The content change log.

    void append(ContentChange change) {
        em.persist(change);
        // Written at once (an identity row); kept out of the persistence context, so a large registration stays small.
        em.detach(change);
    }

    List<ContentChange.Applied> changesAfter(long last, int max) {
        return em.createQuery("select c from ContentChange c where c.id > :last order by c.id", ContentChange.class)
                .setParameter("last", last).setMaxResults(max).getResultList().stream()
                .map(ContentChange::applied).toList();
    }

    long lastChangeId() {
        Long last = em.createQuery("select max(c.id) from ContentChange c", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    /** A page of registered items with a PDQ hash and not removed, after item {@code afterId}, in id order. */
    List<IndexedPdq> contentPdq(long afterId, int max) {
        return em.createQuery("""
                        select c.id, c.pdq from ContentItem c
                        where c.pdq is not null and c.visibility <> :removed and c.id > :after order by c.id""",
                        Object[].class)
                .setParameter("removed", Visibility.REMOVED).setParameter("after", afterId).setMaxResults(max)
                .getResultList().stream().map(row -> new IndexedPdq((Long) row[0], (PdqHash) row[1])).toList();
    }

    /** A registered video: its item and its frames in the vPDQ reference's text. */
    record IndexedVideo(long itemId, String frames) {
    }

    /** A page of the registered videos not removed, in id order after {@code afterId}. */
    List<IndexedVideo> contentVideos(long afterId, int max) {
        return em.createQuery("""
                        select c.id, v.vpdq from ContentItem c, ContentVideo v
                        where v.contentItemId = c.id and c.visibility <> :removed and c.id > :after order by c.id""",
                        Object[].class)
                .setParameter("removed", Visibility.REMOVED).setParameter("after", afterId).setMaxResults(max)
                .getResultList().stream().map(row -> new IndexedVideo((Long) row[0], (String) row[1])).toList();
    }

    /** One registered video's frames. */
    java.util.Optional<String> contentVideo(long itemId) {
        return java.util.Optional.ofNullable(em.find(org.recourse.content.ContentVideo.class, itemId))
                .map(v -> org.recourse.matching.video.VpdqText.write(v.video()));
    }

    // Registered content.

    /** Items still shown whose SHA-256 or MD5 is one of these (an indexed look-up). */
    List<ContentItem> servedWithExact(HashType type, Collection<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        String column = switch (type) {
            case SHA256 -> "sha256";
            case MD5 -> "md5";
            case PDQ, VPDQ -> throw new IllegalArgumentException(type + " is searched in a content index.");
        };
        return em.createQuery("select c from ContentItem c where c." + column + " in :values and c.visibility in :served",
                        ContentItem.class)
                .setParameter("values", values).setParameter("served", SERVED).getResultList();
    }

    /**
     * Items hidden pending review that are identical to {@code original} (the same SHA-256 or MD5, or the same PDQ
     * hash), the original left out; at most {@code max}.
     */
    List<ContentItem> hiddenIdentical(ContentItem original, int max) {
        List<String> same = new java.util.ArrayList<>();
        if (original.sha256() != null) {
            same.add("c.sha256 = :sha");
        }
        if (original.md5() != null) {
            same.add("c.md5 = :md5");
        }
        if (original.pdq() != null) {
            same.add("c.pdq = :pdq");
        }
        if (same.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select c from ContentItem c where c.id <> :id and c.visibility = :hidden and ("
                        + String.join(" or ", same) + ") order by c.id", ContentItem.class)
                .setParameter("id", original.id()).setParameter("hidden", Visibility.HIDDEN_PENDING_REVIEW);
        if (original.sha256() != null) {
            query.setParameter("sha", original.sha256());
        }
        if (original.md5() != null) {
            query.setParameter("md5", original.md5());
        }
        if (original.pdq() != null) {
            query.setParameter("pdq", original.pdq());
        }
        return query.setMaxResults(max).getResultList();
    }

    List<ContentItem> items(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from ContentItem c where c.id in :ids", ContentItem.class)
                .setParameter("ids", ids).getResultList();
    }

    // Sweeps.

    void add(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }

    Optional<SweepRun> run(long id) {
        return Optional.ofNullable(em.find(SweepRun.class, id));
    }

    /**
     * The oldest sweep not done that no other node is working on, locked for the rest of the transaction: sweeps of
     * entries just added first (a survivor's hashes do not wait behind a supervisor's sweep of every bank). Two
     * queries in id order rather than one sorted on the kind: H2 locks every row a query matches before it sorts.
     */
    Optional<SweepRun> claimNext() {
        return claimNext(SweepRun.Trigger.AUTOMATIC).or(() -> claimNext(SweepRun.Trigger.ON_DEMAND));
    }

    private Optional<SweepRun> claimNext(SweepRun.Trigger trigger) {
        List<?> ids = em.createNativeQuery("select id from sweep_run where status <> 'DONE' and trigger_kind = ?1 "
                + "order by id limit 1 for update skip locked").setParameter(1, trigger.name()).getResultList();
        return ids.stream().findFirst().map(id -> em.find(SweepRun.class, ((Number) id).longValue()));
    }

    /** The most recent sweeps supervisors started, newest first. */
    List<SweepRun> onDemand(int max) {
        return em.createQuery("select r from SweepRun r where r.trigger = :demand order by r.id desc", SweepRun.class)
                .setParameter("demand", SweepRun.Trigger.ON_DEMAND).setMaxResults(max).getResultList();
    }

    /** The next entries of a sweep, after its position, in id order. */
    List<BankEntry> nextEntries(SweepRun run, int max) {
        String bank = run.bankId() == null ? "" : " and e.bank.id = :bank";
        var query = em.createQuery("select e from BankEntry e join fetch e.bank where e.id > :after and e.id <= :last"
                        + bank + " order by e.id", BankEntry.class)
                .setParameter("after", run.position()).setParameter("last", run.lastEntryId()).setMaxResults(max);
        if (run.bankId() != null) {
            query.setParameter("bank", run.bankId());
        }
        return query.getResultList();
    }

    /** How many entries a sweep of this bank (or of all, null) up to this entry checks; the suppression list is not swept. */
    int countEntries(Long bankId, long lastEntryId) {
        String bank = bankId == null ? "" : " and e.bank.id = :bank";
        var query = em.createQuery("select count(e) from BankEntry e where e.id <= :last"
                + " and e.bank.purpose <> :suppression" + bank, Long.class)
                .setParameter("last", lastEntryId).setParameter("suppression", BankPurpose.SUPPRESSION);
        if (bankId != null) {
            query.setParameter("bank", bankId);
        }
        return query.getSingleResult().intValue();
    }

    long lastEntryId() {
        Long last = em.createQuery("select max(e.id) from BankEntry e", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    // Cases and copies.

    /** The newest case of this source that is still open, if any. */
    Optional<SweepCase> openCase(String sourceKey) {
        List<?> ids = em.createNativeQuery("select s.id from sweep_case s join case_file c on c.id = s.case_id "
                        + "where s.source_key = ?1 and c.status <> 'CLOSED' order by s.id desc")
                .setParameter(1, sourceKey).setMaxResults(1).getResultList();
        return ids.stream().findFirst().map(id -> em.find(SweepCase.class, ((Number) id).longValue()));
    }

    /** The platform id of an item on this case, to name in a report that must join it. */
    Optional<String> contentIdOn(long caseId) {
        return em.createQuery("select i.content.platformContentId from CaseItem i where i.caseFile.id = :c "
                        + "and i.content is not null order by i.id", String.class)
                .setParameter("c", caseId).setMaxResults(1).getResultStream().findFirst();
    }

    /** A case an upload held by one of these entries was reported on (the survivor's own case), if any. */
    Optional<Long> caseHeldBy(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Optional.empty();
        }
        List<?> ids = em.createNativeQuery("select i.case_id from bank_entry_hold h join case_item i "
                        + "on i.id = h.case_item_id where h.bank_entry_id in (?1) order by h.id")
                .setParameter(1, entryIds).setMaxResults(1).getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** The sweep cases a case is (one row per source that put copies on it). */
    List<SweepCase> sweepCases(long caseId) {
        return em.createQuery("select s from SweepCase s where s.caseId = :c order by s.id", SweepCase.class)
                .setParameter("c", caseId).getResultList();
    }

    List<CopyRow> copies(long caseId) {
        return em.createQuery("""
                        select c.platformContentId, s.hashType, s.distance, e.id, e.bank.name
                        from SweepCopy s, ContentItem c, BankEntry e
                        where s.caseId = :case and c.id = s.itemId and e.id = s.entryId
                        order by s.distance, s.id""", Object[].class)
                .setParameter("case", caseId).getResultList().stream()
                .map(row -> new CopyRow((String) row[0], (HashType) row[1], (Integer) row[2], (Long) row[3],
                        (String) row[4]))
                .toList();
    }

    /**
     * How many copies sweeps hid for the holder of this reference (compact form): copies found by the hashes a
     * survivor's submission carried, or on a case linked to the case of their report.
     */
    long copiesHiddenFor(String reference) {
        Number bySubmission = (Number) em.createNativeQuery("""
                        select count(distinct c.content_item_id) from sweep_copy c
                        join submitted_hash s on s.bank_entry_id = c.bank_entry_id
                        join hash_submission h on h.id = s.submission_id
                        where h.reference = ?1""").setParameter(1, reference).getSingleResult();
        Number byReport = (Number) em.createNativeQuery("""
                        select count(distinct c.content_item_id) from sweep_copy c
                        join sweep_case k on k.case_id = c.case_id
                        join report r on r.case_id = k.source_case_id
                        where r.reference = ?1""").setParameter(1, reference).getSingleResult();
        return bySubmission.longValue() + byReport.longValue();
    }
}
