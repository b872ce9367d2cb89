package org.recourse.screening.banks;

/**
 * What a survivor's hash submission does now, as its status page says it: from the states of the entries it
 * carried. The strongest true statement wins: an entry that holds or blocks protects the survivor whatever the others
 * say.
 */
public enum SurvivorProtection {
    /** Some hash is awaiting review: matching uploads are held (not published) and reviewed. */
    HOLDING,
    /** A reviewer confirmed it: matching uploads are blocked (and reviewed). */
    BLOCKING,
    /** Staff had set the hash aside before; a supervisor looks at it again before it is used. */
    AWAITING_CHECK,
    /** Staff reviewed it and it is not used to stop uploads. */
    NOT_IN_USE
}
