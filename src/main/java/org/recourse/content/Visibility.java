package org.recourse.content;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether the platform may serve an item. Reported content is hidden at once and stays hidden until a decision;
 * removed content only comes back through an appeal, which is a {@code REMOVED -> RESTORED} move.
 */
public enum Visibility {
    VISIBLE,
    HIDDEN_PENDING_REVIEW,
    REMOVED,
    RESTORED;

    public Set<Visibility> allowedNext() {
        return switch (this) {
            case VISIBLE, RESTORED -> EnumSet.of(HIDDEN_PENDING_REVIEW);
            case HIDDEN_PENDING_REVIEW -> EnumSet.of(REMOVED, RESTORED);
            case REMOVED -> EnumSet.of(RESTORED);
        };
    }

    public boolean canMoveTo(Visibility target) {
        return allowedNext().contains(target);
    }

    /** Whether the platform may show the item to anyone. */
    public boolean isServed() {
        return this == VISIBLE || this == RESTORED;
    }
}
