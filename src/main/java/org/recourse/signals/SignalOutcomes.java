package org.recourse.signals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.recourse.cases.CaseRepository;
import org.recourse.review.ItemDecided;

/**
 * A reviewer's decision on an item a signal held settles the signal, in the deciding transaction: removed or referred
 * confirms it, restored does not ({@link SignalOutcome}); an escalation waits for the supervisor's decision. Only the
 * first decision counts: an appeal that later restores the item is the uploader's remedy, not the reviewer's view of
 * what the classifier flagged.
 */
@ApplicationScoped
public class SignalOutcomes {

    @Inject
    CaseRepository cases;

    @Inject
    SignalRepository signals;

    @Inject
    Clock clock;

    void itemDecided(@Observes ItemDecided decided) {
        cases.findItem(decided.itemId()).flatMap(item -> SignalOutcome.of(item.status()))
                .ifPresent(outcome -> signals.settle(decided.itemId(), outcome, clock.instant()));
    }
}
