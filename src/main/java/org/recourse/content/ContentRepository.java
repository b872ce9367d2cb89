package org.recourse.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores and finds registered content. */
@ApplicationScoped
public class ContentRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<ContentItem> findByPlatformId(String platformContentId) {
        return em.createQuery("select c from ContentItem c where c.platformContentId = :id", ContentItem.class)
                .setParameter("id", platformContentId)
                .getResultList().stream().findFirst();
    }

    public Optional<ContentItem> findByUrl(String url) {
        return em.createQuery("select c from ContentItem c where c.url = :url", ContentItem.class)
                .setParameter("url", url)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * Locks these items' rows for the rest of the transaction and re-reads them, in id order so that two reports
     * naming the same items never deadlock. Two reports on one item are thereby filed one after the other, and the
     * second finds the case the first opened. (A refresh, not a locking query: the items are already in the
     * persistence context, and a query would hand back their state from before the wait.)
     */
    public List<ContentItem> lockForUpdate(Collection<ContentItem> items) {
        List<ContentItem> ordered = items.stream().sorted(java.util.Comparator.comparing(ContentItem::id)).toList();
        ordered.forEach(item -> em.refresh(item, LockModeType.PESSIMISTIC_WRITE));
        return ordered;
    }

    public List<ContentItem> listAll(int max) {
        return em.createQuery("select c from ContentItem c order by c.id", ContentItem.class)
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<ContentMedia> media(ContentItem item) {
        return Optional.ofNullable(em.find(ContentMedia.class, item.id()));
    }

    public ContentItem register(ContentItem item, byte[] bytes) {
        em.persist(item);
        em.flush();
        if (bytes != null) {
            em.persist(new ContentMedia(item, bytes));
        }
        return item;
    }
}
