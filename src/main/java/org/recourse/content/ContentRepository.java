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
                .getResultStream().findFirst();
    }

    public Optional<ContentItem> findByUrl(String url) {
        return em.createQuery("select c from ContentItem c where c.url = :url", ContentItem.class)
                .setParameter("url", url)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * Locks the rows of these items for the rest of the transaction, in id order so that two reports naming the
     * same items never deadlock. Two reports on one item are thereby filed one after the other, and the second
     * finds the case the first opened.
     */
    public List<ContentItem> lockForUpdate(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from ContentItem c where c.id in :ids order by c.id", ContentItem.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public List<ContentItem> listAll(int max) {
        return em.createQuery("select c from ContentItem c order by c.id", ContentItem.class)
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<ContentMedia> media(ContentItem item) {
        return Optional.ofNullable(em.find(ContentMedia.class, item.id()));
    }

    public long count() {
        return em.createQuery("select count(c) from ContentItem c", Long.class).getSingleResult();
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
