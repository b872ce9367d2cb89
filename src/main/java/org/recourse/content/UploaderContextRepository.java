package org.recourse.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recourse.content.UploaderContext.IpCaptureEvent;

/**
 * Keeps what platforms say about uploaders, apart from the items: written in the registering or screening
 * transaction, read when an item is removed and reported, erased when it was never removed.
 */
@ApplicationScoped
public class UploaderContextRepository {

    /**
     * The most events kept per item: a platform that sends 50 new ones on every screening does not grow a row set
     * without end; the oldest go first (a report wants the events around the upload, and the latest logins).
     */
    public static final int MAX_STORED_EVENTS = 200;

    @PersistenceContext
    EntityManager em;

    /**
     * Adds what the platform supplied about this item's uploader: signals it gives replace those kept, events not
     * kept yet are added (the same request twice stores nothing twice). Nothing supplied changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ContentItem item, UploaderContext supplied, Instant now) {
        if (supplied == null || (supplied.screenName() == null && supplied.email() == null
                && supplied.uploadedAt() == null && supplied.ipEvents().isEmpty())) {
            return;
        }
        StoredUploaderContext stored = em.find(StoredUploaderContext.class, item.id(), LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            stored = new StoredUploaderContext(item, now);
            em.persist(stored);
        }
        stored.take(supplied, now);
        List<StoredIpEvent> kept = events(item.id());
        Set<IpCaptureEvent> known = new HashSet<>();
        kept.forEach(e -> known.add(e.event()));
        List<StoredIpEvent> all = new ArrayList<>(kept);
        for (IpCaptureEvent event : supplied.ipEvents()) {
            if (known.add(event)) {
                StoredIpEvent added = new StoredIpEvent(item.id(), event);
                em.persist(added);
                all.add(added);
                stored.touched(now);
            }
        }
        if (all.size() > MAX_STORED_EVENTS) {
            all.sort(java.util.Comparator.comparing(StoredIpEvent::occurredAt));
            all.subList(0, all.size() - MAX_STORED_EVENTS).forEach(em::remove);
        }
    }

    /** What is kept about this item's uploader, if anything was supplied. */
    public Optional<UploaderContext> find(ContentItem item) {
        StoredUploaderContext stored = em.find(StoredUploaderContext.class, item.id());
        if (stored == null) {
            return Optional.empty();
        }
        List<IpCaptureEvent> events = events(item.id()).stream().map(StoredIpEvent::event).toList();
        return Optional.of(new UploaderContext(item.uploaderId(), stored.screenName(), stored.email(),
                stored.uploadedAt(), events));
    }

    /** An uploader's account identifiers as the platform gave them with its items (partner signals read them). */
    public record KnownIdentifiers(String uploaderId, String email, String screenName) {
    }

    /**
     * The emails and screen names the platform gave for these uploaders' items and that are still kept (retention
     * erases them with the rest of the context), at most {@code max} rows.
     */
    public List<KnownIdentifiers> identifiersOf(java.util.Collection<String> uploaderIds, int max) {
        if (uploaderIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select distinct c.uploaderId, u.email, u.screenName from StoredUploaderContext u, ContentItem c
                        where c.id = u.contentItemId and c.uploaderId in :ids
                        and (u.email is not null or u.screenName is not null)""", Object[].class)
                .setParameter("ids", uploaderIds).setMaxResults(max).getResultList().stream()
                .map(row -> new KnownIdentifiers((String) row[0], (String) row[1], (String) row[2])).toList();
    }

    /**
     * Erases the context of up to {@code batch} items that are shown (never removed, or restored) and whose context
     * was first received before {@code cutoff}. Items hidden pending review or removed keep theirs. Returns how many
     * were erased; idempotent, so nodes running it at once only repeat each other.
     */
    @Transactional
    public int eraseExpired(Instant cutoff, int batch) {
        List<Long> ids = em.createQuery("""
                        select u.contentItemId from StoredUploaderContext u, ContentItem c
                        where c.id = u.contentItemId and u.receivedAt < :cutoff and c.visibility in :shown
                        order by u.contentItemId""", Long.class)
                .setParameter("cutoff", cutoff)
                .setParameter("shown", List.of(Visibility.VISIBLE, Visibility.RESTORED))
                .setMaxResults(batch).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createQuery("delete from StoredIpEvent e where e.contentItemId in :ids").setParameter("ids", ids)
                .executeUpdate();
        em.createQuery("delete from StoredUploaderContext u where u.contentItemId in :ids").setParameter("ids", ids)
                .executeUpdate();
        return ids.size();
    }

    private List<StoredIpEvent> events(long contentItemId) {
        return em.createQuery("""
                        select e from StoredIpEvent e where e.contentItemId = :id order by e.occurredAt, e.id""",
                        StoredIpEvent.class)
                .setParameter("id", contentItemId).getResultList();
    }
}
