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

    void record(@Observes VisibilityChanged change) {
        em.createNativeQuery("insert into visibility_change (content_item_id, visibility, sequence_number, changed_at)"
                + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, change.contentItemId())
                .setParameter(2, change.visibility().name())
                .setParameter(3, change.sequence())
                .setParameter(4, change.since())
                .executeUpdate();
    }
}
