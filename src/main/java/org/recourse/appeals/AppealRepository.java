package org.recourse.appeals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.recourse.cases.ItemDecision;

/** Appeals, the decisions they are about, and the appeal queue (open appeals, due first). */
@ApplicationScoped
public class AppealRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<ItemDecision> decision(long decisionId) {
        return Optional.ofNullable(em.find(ItemDecision.class, decisionId));
    }

    /** The decision locked, so two appeals on it arrive one after the other and the second finds the first. */
    public Optional<ItemDecision> lockDecision(long decisionId) {
        return Optional.ofNullable(em.find(ItemDecision.class, decisionId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The latest decision on the item of this case that shows this content. */
    public Optional<ItemDecision> latestDecision(long caseId, long contentItemId) {
        return em.createQuery("select d from ItemDecision d where d.item.caseFile.id = :caseId"
                        + " and d.item.content.id = :contentId order by d.decidedAt desc, d.id desc", ItemDecision.class)
                .setParameter("caseId", caseId).setParameter("contentId", contentItemId).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    public Optional<Appeal> forDecision(ItemDecision decision) {
        return em.createQuery("select a from Appeal a where a.decision = :decision", Appeal.class)
                .setParameter("decision", decision).getResultList().stream().findFirst();
    }

    public Optional<Appeal> find(long id) {
        return Optional.ofNullable(em.find(Appeal.class, id));
    }

    public Optional<Appeal> lock(long id) {
        return Optional.ofNullable(em.find(Appeal.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Appeal> byReference(String reference) {
        return em.createQuery("select a from Appeal a where a.reference = :reference", Appeal.class)
                .setParameter("reference", reference).getResultList().stream().findFirst();
    }

    /** The latest decided appeal on any item of a case, for the reporter's status. */
    public Optional<Appeal> latestDecidedOnCase(long caseId) {
        return em.createQuery("select a from Appeal a where a.caseId = :caseId and a.status <> :open"
                        + " order by a.decidedAt desc, a.id desc", Appeal.class)
                .setParameter("caseId", caseId).setParameter("open", AppealStatus.SUBMITTED)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Open appeals, the one due first at the top. */
    public List<Appeal> queue(int max) {
        return em.createQuery("select a from Appeal a where a.status = :open order by a.dueAt, a.id", Appeal.class)
                .setParameter("open", AppealStatus.SUBMITTED).setMaxResults(max).getResultList();
    }

    /** Waiting appeals not yet told overdue, after {@code afterId} in id order: what the SLA watch looks at. */
    public List<Appeal> slaCandidates(long afterId, int max) {
        return em.createQuery("select a from Appeal a where a.status = :open and a.slaBreachedAt is null"
                        + " and a.id > :after order by a.id", Appeal.class)
                .setParameter("open", AppealStatus.SUBMITTED).setParameter("after", afterId).setMaxResults(max)
                .getResultList();
    }

    /** How many appeals wait for a decision. */
    public long countWaiting() {
        return em.createQuery("select count(a) from Appeal a where a.status = :open", Long.class)
                .setParameter("open", AppealStatus.SUBMITTED).getSingleResult();
    }

    /** How many waiting appeals are past their due time at {@code now}. */
    public long countOverdue(java.time.Instant now) {
        return em.createQuery("select count(a) from Appeal a where a.status = :open and a.dueAt < :now", Long.class)
                .setParameter("open", AppealStatus.SUBMITTED).setParameter("now", now).getSingleResult();
    }

    public void add(Appeal appeal) {
        em.persist(appeal);
        em.flush();
    }
}
