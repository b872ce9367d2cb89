package org.recourse.cases;

import java.util.EnumSet;
import java.util.Set;

/** What a reviewer decides about one item, and the reasons that fit each decision. */
public enum Decision {
    /** Confirmed: the item is removed for good. */
    REMOVE(ItemStatus.REMOVED),
    /** No violation: the item is shown again. */
    RESTORE(ItemStatus.RESTORED),
    /** A supervisor must decide. */
    ESCALATE(ItemStatus.ESCALATED),
    /** Passed to a hotline or the police; a hosted item is removed as well. */
    REFER(ItemStatus.REFERRED);

    private final ItemStatus result;

    Decision(ItemStatus result) {
        this.result = result;
    }

    public ItemStatus result() {
        return result;
    }

    /** The reason codes a reviewer may give for this decision. */
    public Set<ReasonCode> reasons() {
        return switch (this) {
            case REMOVE -> EnumSet.of(ReasonCode.CHILD_SEXUAL_ABUSE_MATERIAL, ReasonCode.SURVIVOR_IMAGE,
                    ReasonCode.PERSONAL_INFORMATION, ReasonCode.HARASSMENT, ReasonCode.NON_CONSENSUAL_INTIMATE_IMAGE,
                    ReasonCode.OTHER_VIOLATION);
            case RESTORE -> EnumSet.of(ReasonCode.NO_VIOLATION, ReasonCode.ADULTS_CONSENTED);
            case ESCALATE -> EnumSet.of(ReasonCode.UNSURE, ReasonCode.NEEDS_SUPERVISOR);
            case REFER -> EnumSet.of(ReasonCode.HOTLINE, ReasonCode.LAW_ENFORCEMENT);
        };
    }

    /** Whether a reason fits this decision ("No violation" never goes with a removal). */
    public boolean allows(ReasonCode reason) {
        return reason != null && reasons().contains(reason);
    }
}
