package org.recourse.review;

/** An item of a case was just decided, in the deciding transaction: observers act in that same transaction. */
public record ItemDecided(long caseId, long itemId) {
}
