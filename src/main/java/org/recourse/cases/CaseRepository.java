package org.recourse.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.recourse.platform.persistence.AnyOf;

/** Stores and finds cases and their items. */
@ApplicationScoped
public class CaseRepository {

    @PersistenceContext
    EntityManager em;

    public void add(Case caseFile) {
        em.persist(caseFile);
    }

    /**
     * Locks an open case for the rest of the transaction and re-reads it, so a report joining it never collides with
     * the SLA job or a reviewer changing it at the same moment.
     */
    public void lock(Case caseFile) {
        em.refresh(caseFile, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<CaseItem> findItem(long itemId) {
        return Optional.ofNullable(em.find(CaseItem.class, itemId));
    }

    /** The latest decision on an item (the one that stands), if it was decided. */
    public Optional<ItemDecision> latestDecision(CaseItem item) {
        return em.createQuery("select d from ItemDecision d where d.item = :item order by d.decidedAt desc, d.id desc",
                        ItemDecision.class)
                .setParameter("item", item).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Items on open cases that point to any of these registered items, most urgent case first. */
    public List<CaseItem> openItemsForContent(Collection<Long> contentIds) {
        if (contentIds.isEmpty()) {
            return List.of();
        }
        AnyOf<Long> ids = AnyOf.of("id", contentIds);
        return ids.bind(em.createQuery("select i from CaseItem i join fetch i.caseFile c where "
                        + ids.test("i.content.id") + " and c.status <> :closed order by c.reviewDueAt", CaseItem.class))
                .setParameter("closed", CaseStatus.CLOSED)
                .getResultList();
    }

    /** Items on open cases for these outside addresses, most urgent case first. */
    public List<CaseItem> openItemsForLocations(Collection<String> urls) {
        if (urls.isEmpty()) {
            return List.of();
        }
        AnyOf<String> locations = AnyOf.of("url", urls);
        return locations.bind(em.createQuery("select i from CaseItem i join fetch i.caseFile c where i.kind = :external"
                        + " and " + locations.test("i.location") + " and c.status <> :closed"
                        + " order by c.reviewDueAt", CaseItem.class))
                .setParameter("external", CaseItem.Kind.EXTERNAL)
                .setParameter("closed", CaseStatus.CLOSED)
                .getResultList();
    }
}
