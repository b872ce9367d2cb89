package org.recourse.statements;

/**
 * A statement of reasons was just issued, in the transaction of the restriction it tells of: observers (the DSA
 * database's outbox) act in that same transaction.
 *
 * @param statementId the row's id
 * @param supersededId the row of the version it replaces, or null for a first statement
 */
public record StatementIssued(long statementId, StatementId publicId, Long supersededId) {
}
