package org.recourse.screening.staydown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.recourse.content.ContentRegistered;
import org.recourse.content.ContentRepository;
import org.recourse.screening.banks.VideoEntryChanged;

/**
 * The log of changes to what the video indexes know, written in the transaction of the change: a banked video that
 * started or stopped matching (the banks say so), a video registered (the content registry says so). Every node reads
 * the rows after the last one it applied, as {@link ScreeningChanges} for PDQ.
 */
@ApplicationScoped
public class VideoChanges {

    /**
     * Whose video: a bank entry's, a registered content item's (for the sweep), or a content item's while it is
     * hidden pending review (for screening, as stay-down's pending PDQ hashes).
     */
    public enum Source {
        BANK, CONTENT, PENDING
    }

    /** One logged change. */
    public record Change(long id, boolean add, Source source, long sourceId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ContentRepository content;

    void entryChanged(@Observes VideoEntryChanged change) {
        log(change.matches() ? ScreeningChange.Operation.ADD : ScreeningChange.Operation.REMOVE, Source.BANK,
                change.entryId());
    }

    void registered(@Observes ContentRegistered registered) {
        if (content.video(registered.contentItemId()).isPresent()) {
            log(ScreeningChange.Operation.ADD, Source.CONTENT, registered.contentItemId());
        }
    }

    /** A registered video was hidden pending review ({@code add}) or left that state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pending(long contentItemId, boolean add) {
        log(add ? ScreeningChange.Operation.ADD : ScreeningChange.Operation.REMOVE, Source.PENDING, contentItemId);
    }

    private void log(ScreeningChange.Operation operation, Source source, long sourceId) {
        VideoChange change = new VideoChange(operation, source, sourceId, clock.instant());
        em.persist(change);
        em.detach(change);
    }

    /** The changes of these sources after this one, oldest first, at most {@code max}. */
    @Transactional
    public List<Change> after(java.util.Collection<Source> sources, long lastApplied, int max) {
        return em.createQuery("""
                        select c from VideoChange c where c.id > :last and c.source in :sources order by c.id""",
                        VideoChange.class)
                .setParameter("last", lastApplied).setParameter("sources", sources).setMaxResults(max)
                .getResultList().stream().map(VideoChange::toChange).toList();
    }

    /** The id of the last change so far (0 if none). */
    @Transactional
    public long lastId() {
        Long last = em.createQuery("select max(c.id) from VideoChange c", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }
}
