package org.recourse.cases;

/** What a reviewer does with a case; {@link Case#permits} says who may do it when. */
public enum CaseAction {
    /** Take the case (or renew one's own claim), so that nobody else works on it. */
    CLAIM,
    /** Decide an item of the case. */
    DECIDE,
    /** Look at an item's full picture (or download the file) instead of the blurred rendering. */
    VIEW_IN_FULL,
    /** Give the case back to the queue: its holder's, or a supervisor's, to do. */
    RELEASE
}
