package org.recourse.context;

/** What Recourse saw of an uploader that counts towards their behaviour score. */
public enum SignalKind {
    /** An upload of theirs was held for review by upload screening. */
    HELD,
    /** An upload of theirs was blocked (a confirmed bank entry, or their ban). */
    BLOCKED,
    /** An upload of theirs was allowed, but its nearest banked or pending hash was just outside the threshold. */
    NEAR_MISS,
    /** A person reported content of theirs. */
    REPORTED,
    /** A caption or title of theirs matched a phrase rule. */
    CONTEXT_MATCH
}
