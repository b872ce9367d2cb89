package org.recourse.faults;

/**
 * What "at least once" allows: a node killed after sending and before recording sends each row of the batch it had
 * claimed once more, so a kill may duplicate at most one claimed batch of each outbox, and nothing else.
 */
final class Outboxes {

    /** recourse.mail.batch-size's default (notification.OutboxSettings). */
    static final int MAIL_BATCH = 10;
    /** webhook.WebhookDispatcher.BATCH. */
    static final int WEBHOOK_BATCH = 20;

    private Outboxes() {
    }

    /** The most sends beyond the first these kills may cause. */
    static int allowedDuplicates(int kills) {
        return kills * (MAIL_BATCH + WEBHOOK_BATCH);
    }
}
