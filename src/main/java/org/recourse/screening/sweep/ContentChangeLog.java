package org.recourse.screening.sweep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRegistered;
import org.recourse.content.ContentRepository;
import org.recourse.content.Visibility;
import org.recourse.content.VisibilityChanged;
import org.recourse.matching.hash.PdqHash;

/**
 * Writes the {@code content_change} log in the transaction of the change itself: an item registered with a PDQ hash
 * joins every node's {@link ContentIndex}, a removed one leaves it (nothing removed is ever shown again but by an
 * appeal, which restores it and brings it back).
 */
@ApplicationScoped
public class ContentChangeLog {

    @Inject
    SweepRepository repository;

    @Inject
    ContentRepository content;

    @Inject
    Clock clock;

    void registered(@Observes ContentRegistered registered) {
        if (registered.pdq() != null) {
            log(ContentChange.Operation.ADD, registered.contentItemId(), registered.pdq());
        }
    }

    void visibilityChanged(@Observes VisibilityChanged change) {
        if (change.visibility() != Visibility.REMOVED && change.visibility() != Visibility.RESTORED) {
            return;
        }
        content.find(change.contentItemId()).map(ContentItem::pdq).ifPresent(pdq -> log(
                change.visibility() == Visibility.REMOVED ? ContentChange.Operation.REMOVE
                        : ContentChange.Operation.ADD, change.contentItemId(), pdq));
    }

    private void log(ContentChange.Operation operation, long itemId, PdqHash pdq) {
        repository.append(new ContentChange(operation, itemId, pdq, clock.instant()));
    }
}
