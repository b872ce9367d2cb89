package org.recourse.statements;

/** Whether automated means decided (the three values of the DSA transparency database). */
public enum AutomatedDecision {
    /** No person took the decision: content hidden on a report, an upload held or blocked by a match. */
    FULLY,
    /** A person's decision, whose consequence a rule drew: an uploader banned by the strike policy after a removal. */
    PARTIALLY,
    /** A reviewer decided. */
    NOT_AUTOMATED
}
