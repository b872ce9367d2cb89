package org.recourse.appeals;

/** Fired in the deciding transaction, for those who tell others (the reporter's mail, the statement of reasons). */
public record AppealDecided(long appealId, long caseId, long itemId, AppealStatus outcome) {
}
