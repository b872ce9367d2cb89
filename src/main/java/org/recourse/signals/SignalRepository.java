package org.recourse.signals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores classifier signals, finds one sent again, settles them, and counts them for the case page and dashboard. */
@ApplicationScoped
public class SignalRepository {

    /** One signal on the case page, with the platform's id of its item. */
    public record OnCase(ClassifierSignal signal, String contentId) {
    }

    @PersistenceContext
    EntityManager em;

    public void add(ClassifierSignal signal) {
        em.persist(signal);
    }

    public Optional<ClassifierSignal> find(long id) {
        return Optional.ofNullable(em.find(ClassifierSignal.class, id));
    }

    public Optional<ClassifierSignal> byPlatformId(String platformSignalId) {
        return em.createQuery("select s from ClassifierSignal s where s.platformSignalId = :id",
                        ClassifierSignal.class)
                .setParameter("id", platformSignalId).getResultStream().findFirst();
    }

    public Optional<ClassifierSignal> byNaturalKey(String naturalKey) {
        return em.createQuery("select s from ClassifierSignal s where s.naturalKey = :key", ClassifierSignal.class)
                .setParameter("key", naturalKey).getResultStream().findFirst();
    }

    public long countOn(long contentItemId) {
        return em.createQuery("select count(s) from ClassifierSignal s where s.contentItemId = :item", Long.class)
                .setParameter("item", contentItemId).getSingleResult();
    }

    /** The platform's content id of a signal's item. */
    public String contentIdOf(ClassifierSignal signal) {
        return em.createQuery("select c.platformContentId from ContentItem c where c.id = :id", String.class)
                .setParameter("id", signal.contentItemId()).getSingleResult();
    }

    /** Settles the signals that held this case item and are not settled yet; returns how many. */
    public int settle(long caseItemId, SignalOutcome outcome, Instant now) {
        return em.createQuery("update ClassifierSignal s set s.outcome = :outcome, s.decidedAt = :now"
                        + " where s.caseItemId = :item and s.held = true and s.outcome is null")
                .setParameter("outcome", outcome).setParameter("now", now).setParameter("item", caseItemId)
                .executeUpdate();
    }

    /** Every signal on the items of a case (held or not, newest first), at most {@code max}. */
    public List<OnCase> onItemsOf(long caseId, int max) {
        return em.createQuery("select s, c.platformContentId from ClassifierSignal s, ContentItem c"
                        + " where c.id = s.contentItemId and s.contentItemId in"
                        + " (select i.content.id from CaseItem i where i.caseFile.id = :case)"
                        + " order by s.receivedAt desc, s.id desc", Object[].class)
                .setParameter("case", caseId).setMaxResults(max).getResultStream()
                .map(row -> new OnCase((ClassifierSignal) row[0], (String) row[1])).toList();
    }

    /**
     * Per classifier and label, the items its signals held since {@code since}: held, decided, confirmed. Counted by
     * case item, so that a classifier sending the same item twice is not counted twice.
     */
    public List<Precision> precisionSince(Instant since, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select classifier, label, count(distinct case_item_id),
                       count(distinct case when outcome is not null then case_item_id end),
                       count(distinct case when outcome = 'CONFIRMED' then case_item_id end)
                from classifier_signal where held = true and received_at >= ?1
                group by classifier, label order by classifier, label""")
                .setParameter(1, since).setMaxResults(max).getResultList();
        return rows.stream().map(row -> new Precision((String) row[0], (String) row[1], number(row[2]),
                number(row[3]), number(row[4]))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
