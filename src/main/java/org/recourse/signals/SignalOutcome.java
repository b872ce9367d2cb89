package org.recourse.signals;

import java.util.Optional;
import org.recourse.cases.ItemStatus;

/**
 * What the reviewer's first decision on a held item says of the signal that held it: removed or referred to a hotline
 * or the police is CONFIRMED; restored (no violation, or adults who consented) is NOT_CONFIRMED; an escalation
 * decides nothing yet. Precision is confirmed over decided.
 */
public enum SignalOutcome {
    CONFIRMED,
    NOT_CONFIRMED;

    public static Optional<SignalOutcome> of(ItemStatus status) {
        return switch (status) {
            case REMOVED, REFERRED -> Optional.of(CONFIRMED);
            case RESTORED -> Optional.of(NOT_CONFIRMED);
            case PENDING_REVIEW, ESCALATED -> Optional.empty();
        };
    }
}
