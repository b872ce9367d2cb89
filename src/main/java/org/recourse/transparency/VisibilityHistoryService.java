package org.recourse.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.recourse.content.VisibilityChanged;

/**
 * Keeps every visibility change in {@code visibility_change}, in the transaction that made it (the event is fired
 * inside it): the time from a report to hiding is then read from what happened, so a hide that came late would show.
 */
@ApplicationScoped
public class VisibilityHistoryService {

    @PersistenceContext
    EntityManager em;

    /**
     * Hibernate's hint naming the tables a native statement touches. Without it Hibernate must assume the statement
     * may touch any table: it flushes every pending change of the persistence context first (for a report: a whole
     * dirty check and the hidden item's update, before the case and report are even complete), which was a tenth of
     * the portal's CPU per report (docs/benchmarks.md, "Report intake"). This insert reads no entity's table, so
     * nothing needs flushing before it; the row still goes into the same transaction at once.
     */
    static final String NATIVE_SPACES = "org.hibernate.query.native.spaces";

    /**
     * The hint alone spares the SQL of a flush but not its search: before any statement in {@code AUTO} mode Hibernate
     * cascades over and dirty-checks every managed entity to learn which tables have pending changes, and only then
     * compares them with the statement's spaces (a third of this insert's CPU in a report's profile, session 14). The
     * statement runs in {@code COMMIT} mode, which skips the search; the spaces stay named for any reader of the query.
     */
    static final FlushModeType NO_AUTO_FLUSH = FlushModeType.COMMIT;

    void record(@Observes VisibilityChanged change) {
        em.createNativeQuery("insert into visibility_change (content_item_id, visibility, sequence_number, changed_at)"
                + " values (?1, ?2, ?3, ?4)")
                .setHint(NATIVE_SPACES, "visibility_change")
                .setFlushMode(NO_AUTO_FLUSH)
                .setParameter(1, change.contentItemId())
                .setParameter(2, change.visibility().name())
                .setParameter(3, change.sequence())
                .setParameter(4, change.since())
                .executeUpdate();
    }
}
