package org.recourse.notification;

/** A mail a dispatcher has claimed for one attempt: what it needs to send it, outside any transaction. */
public record ClaimedMail(long id, String recipient, String subject, String body) {

    static ClaimedMail of(OutboxMessage message) {
        return new ClaimedMail(message.id(), message.recipient(), message.subject(), message.body());
    }
}
