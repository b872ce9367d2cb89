package org.recourse.evidence;

/**
 * An evidence record was sealed, fired in the deciding transaction: the hotline outbox queues its reports in that same
 * transaction, so a decision that commits has its record and its reports, and one that rolls back has neither.
 *
 * @param recordId the sealed record
 * @param caseId the case the decision was on
 * @param itemId the case item decided
 * @param imminentDanger the reviewer marked imminent danger to a child: reports are escalated
 */
public record EvidenceSealed(long recordId, long caseId, long itemId, boolean imminentDanger) {
}
