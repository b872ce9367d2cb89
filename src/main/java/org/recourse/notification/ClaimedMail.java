package org.recourse.notification;

/**
 * A mail a dispatcher has claimed for one attempt: what it needs to send it, outside any transaction.
 *
 * @param unsubscribeUrl the one-click address that withdraws a reporter's consent; null for staff mail
 */
public record ClaimedMail(long id, String recipient, String subject, String body, String unsubscribeUrl) {

    public ClaimedMail(long id, String recipient, String subject, String body) {
        this(id, recipient, subject, body, null);
    }

    static ClaimedMail of(OutboxMessage message) {
        return new ClaimedMail(message.id(), message.recipient(), message.subject(), message.body(),
                message.unsubscribeUrl());
    }
}
