package org.recourse.cases;

import java.util.EnumSet;
import java.util.Set;

/** The decision state of one item on a case. */
public enum ItemStatus {
    PENDING_REVIEW,
    ESCALATED,
    REMOVED,
    RESTORED,
    REFERRED;

    public Set<ItemStatus> allowedNext() {
        return switch (this) {
            case PENDING_REVIEW -> EnumSet.of(ESCALATED, REMOVED, RESTORED, REFERRED);
            case ESCALATED -> EnumSet.of(REMOVED, RESTORED, REFERRED);
            case REMOVED, RESTORED, REFERRED -> EnumSet.noneOf(ItemStatus.class);
        };
    }

    public boolean isDecided() {
        return allowedNext().isEmpty();
    }
}
