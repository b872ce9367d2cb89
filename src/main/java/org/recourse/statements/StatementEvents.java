package org.recourse.statements;

import org.recourse.webhook.WebhookEvent;

/**
 * The {@code statement.issued} webhook. It is ordered with the item's visibility events ({@code content:<id>}), or
 * with the uploader's sanction events ({@code uploader:<id>}), so a platform reads a statement after the change it
 * explains.
 */
final class StatementEvents {

    static final String ISSUED = "statement.issued";

    private StatementEvents() {
    }

    static WebhookEvent issued(StatementOfReasons statement, StatementId supersedes) {
        return WebhookEvent.create(ISSUED, statement.subjectKey(), statement.issuedAt(),
                StatementJson.of(statement, supersedes));
    }
}
