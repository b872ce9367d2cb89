package org.recourse.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
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

    void record(@Observes VisibilityChanged change) {
        em.createNativeQuery("insert into visibility_change (content_item_id, visibility, sequence_number, changed_at)"
                + " values (?1, ?2, ?3, ?4)")
                .setHint(NATIVE_SPACES, "visibility_change")
                .setParameter(1, change.contentItemId())
                .setParameter(2, change.visibility().name())
                .setParameter(3, change.sequence())
                .setParameter(4, change.since())
                .executeUpdate();
    }
}
