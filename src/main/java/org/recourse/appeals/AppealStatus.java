package org.recourse.appeals;

import java.util.EnumSet;
import java.util.Set;

/** Where an appeal stands: waiting in the appeal queue, or decided one way for good. */
public enum AppealStatus {
    /** In the appeal queue, the original decision still in force. */
    SUBMITTED,
    /** The decision stands (anything short of what restoring needs). */
    UPHELD,
    /** The decision was reversed: the item is shown again. */
    RESTORED;

    public Set<AppealStatus> allowedNext() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UPHELD, RESTORED);
            case UPHELD, RESTORED -> EnumSet.noneOf(AppealStatus.class);
        };
    }

    public boolean isDecided() {
        return this != SUBMITTED;
    }
}
