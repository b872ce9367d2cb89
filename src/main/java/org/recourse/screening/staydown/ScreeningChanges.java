package org.recourse.screening.staydown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.recourse.matching.hash.PdqHash;
import org.recourse.screening.banks.PdqEntryChanged;

/**
 * The log of changes to what PDQ matching knows, written in the transaction of the change: every node reads the rows
 * after the last one it applied, so its in-memory index follows every bank change and every item hidden or
 * decided, whichever node made it.
 */
@ApplicationScoped
public class ScreeningChanges {

    /** Where a PDQ hash comes from: a bank entry, or content hidden pending review. */
    public enum Source {
        BANK, PENDING
    }

    /** One logged change. */
    public record Change(long id, boolean add, Source source, long sourceId, PdqHash pdq) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void added(Source source, long sourceId, PdqHash pdq) {
        log(ScreeningChange.Operation.ADD, source, sourceId, pdq);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removed(Source source, long sourceId, PdqHash pdq) {
        log(ScreeningChange.Operation.REMOVE, source, sourceId, pdq);
    }

    /** A bank entry's PDQ hash started or stopped matching (the banks say so in the transaction of the change). */
    void entryChanged(@Observes PdqEntryChanged change) {
        log(change.matches() ? ScreeningChange.Operation.ADD : ScreeningChange.Operation.REMOVE, Source.BANK,
                change.entryId(), change.pdq());
    }

    private void log(ScreeningChange.Operation operation, Source source, long sourceId, PdqHash pdq) {
        ScreeningChange change = new ScreeningChange(operation, source, sourceId, pdq, clock.instant());
        em.persist(change);
        // Written at once (an identity row); kept out of the persistence context, so a large import stays small.
        em.detach(change);
    }

    /** The changes after this one, oldest first, at most {@code max}. */
    @Transactional
    public List<Change> after(long lastApplied, int max) {
        return em.createQuery("select c from ScreeningChange c where c.id > :last order by c.id", ScreeningChange.class)
                .setParameter("last", lastApplied).setMaxResults(max).getResultList().stream()
                .map(ScreeningChange::toChange).toList();
    }

    /** The id of the last change so far (0 if none). */
    @Transactional
    public long lastId() {
        Long last = em.createQuery("select max(c.id) from ScreeningChange c", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }
}
