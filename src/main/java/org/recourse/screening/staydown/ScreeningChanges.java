package org.recourse.screening.staydown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

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
    public record Change(long id, boolean add, Source source, long sourceId, String pdq) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void added(Source source, long sourceId, String pdq) {
        log("ADD", source, sourceId, pdq);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removed(Source source, long sourceId, String pdq) {
        log("REMOVE", source, sourceId, pdq);
    }

    private void log(String operation, Source source, long sourceId, String pdq) {
        em.createNativeQuery("""
                        insert into screening_change (operation, source, source_id, hash_value, changed_at)
                        values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, operation).setParameter(2, source.name()).setParameter(3, sourceId)
                .setParameter(4, pdq).setParameter(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    /** The changes after this one, oldest first, at most {@code max}. */
    @Transactional
    public List<Change> after(long lastApplied, int max) {
        return ((List<?>) em.createNativeQuery("""
                        select id, operation, source, source_id, hash_value from screening_change
                        where id > ?1 order by id""")
                .setParameter(1, lastApplied).setMaxResults(max).getResultList()).stream()
                .map(row -> (Object[]) row)
                .map(row -> new Change(((Number) row[0]).longValue(), "ADD".equals(row[1]),
                        Source.valueOf((String) row[2]), ((Number) row[3]).longValue(), (String) row[4]))
                .toList();
    }

    /** The id of the last change so far (0 if none). */
    @Transactional
    public long lastId() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from screening_change").getSingleResult())
                .longValue();
    }
}
