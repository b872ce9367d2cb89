package org.recourse.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.recourse.matching.hash.PdqHash;

/** Stores and finds registered content. */
@ApplicationScoped
public class ContentRepository {

    /** The PDQ hash of an item hidden pending review, as stay-down matching indexes it. */
    public record PendingHash(long itemId, PdqHash pdq) {
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    UploaderContextRepository contexts;

    public Optional<ContentItem> findByPlatformId(String platformContentId) {
        return em.createQuery("select c from ContentItem c where c.platformContentId = :id", ContentItem.class)
                .setParameter("id", platformContentId)
                .getResultList().stream().findFirst();
    }

    public Optional<ContentItem> find(long id) {
        return Optional.ofNullable(em.find(ContentItem.class, id));
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

    /** Items hidden pending review whose bytes have this SHA-256 (lower-case hex), at most {@code max}. */
    public List<ContentItem> hiddenPendingReviewBySha256(String sha256, int max) {
        return em.createQuery("select c from ContentItem c where c.sha256 = :h and c.visibility = :hidden",
                        ContentItem.class)
                .setParameter("h", sha256).setParameter("hidden", Visibility.HIDDEN_PENDING_REVIEW)
                .setMaxResults(max).getResultList();
    }

    /** The PDQ hash of every item hidden pending review that has one: what stay-down loads at start. */
    public List<PendingHash> pdqHiddenPendingReview() {
        return em.createQuery("""
                        select c.id, c.pdq from ContentItem c
                        where c.visibility = :hidden and c.pdq is not null""", Object[].class)
                .setParameter("hidden", Visibility.HIDDEN_PENDING_REVIEW).getResultList().stream()
                .map(row -> new PendingHash((Long) row[0], (PdqHash) row[1])).toList();
    }

    public Optional<ContentMedia> media(ContentItem item) {
        return Optional.ofNullable(em.find(ContentMedia.class, item.id()));
    }

    /**
     * What the platform supplied about the item's uploader (account signals, IP capture events) when registering or
     * screening it; only the uploader id when it sent nothing more, or when the retention job erased it.
     */
    public UploaderContext uploaderContext(ContentItem item) {
        return contexts.find(item).orElseGet(() -> UploaderContext.none(item.uploaderId()));
    }

    public ContentItem register(ContentItem item, byte[] bytes) {
        em.persist(item);
        em.flush();
        if (bytes != null) {
            em.persist(new ContentMedia(item, bytes));
        }
        return item;
    }

    public void registerVideo(ContentVideo video) {
        em.persist(video);
    }

    /** A page of the registered videos hidden pending review, in id order after {@code afterId}. */
    public List<ContentVideo> videosHiddenPendingReview(long afterId, int max) {
        return em.createQuery("""
                        select v from ContentVideo v, ContentItem c where c.id = v.contentItemId
                        and c.visibility = :hidden and c.id > :after order by c.id""", ContentVideo.class)
                .setParameter("hidden", Visibility.HIDDEN_PENDING_REVIEW).setParameter("after", afterId)
                .setMaxResults(max).getResultList();
    }

    /** A registered video's frames, if the item is a video. */
    public Optional<ContentVideo> video(long contentItemId) {
        return Optional.ofNullable(em.find(ContentVideo.class, contentItemId));
    }

    /** The visibility of one item, if it is registered: four columns, no entity to hydrate. */
    public Optional<ContentRegistry.Status> status(String platformContentId) {
        return em.createQuery("""
                        select c.platformContentId, c.visibility, c.visibilitySince, c.visibilitySequence
                        from ContentItem c where c.platformContentId = :id""", Object[].class)
                .setParameter("id", platformContentId)
                .getResultList().stream()
                .map(row -> new ContentRegistry.Status((String) row[0], (Visibility) row[1], (Instant) row[2],
                        (Long) row[3]))
                .findFirst();
    }

    /**
     * The visibility of those of these platform ids that are registered, in no particular order. One statement with
     * the ids as one array parameter ({@code = any(?)}, an index look-up per id on PostgreSQL and H2): Hibernate
     * translated {@code in (:ids)} afresh for every list (its plan cache cannot hold a list parameter), which was
     * half the portal's work for a batch of 1,000.
     */
    public List<ContentRegistry.Status> statuses(Collection<String> platformContentIds) {
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement("""
                    select platform_content_id, visibility, visibility_since, visibility_sequence
                    from content_item where platform_content_id = any(?)""")) {
                statement.setArray(1, connection.createArrayOf("varchar", platformContentIds.toArray()));
                List<ContentRegistry.Status> found = new java.util.ArrayList<>(platformContentIds.size());
                try (java.sql.ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(new ContentRegistry.Status(rows.getString(1), Visibility.valueOf(rows.getString(2)),
                                rows.getObject(3, java.time.OffsetDateTime.class).toInstant(), rows.getLong(4)));
                    }
                }
                return found;
            }
        });
    }
}
