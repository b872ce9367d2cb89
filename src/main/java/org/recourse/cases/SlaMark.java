package org.recourse.cases;

/** A mark the SLA check can set on a case. */
public enum SlaMark {
    NONE,
    /** 80% of the review time is used. */
    AT_RISK,
    /** The review time is used up: supervisors are told. */
    OVERDUE
}
