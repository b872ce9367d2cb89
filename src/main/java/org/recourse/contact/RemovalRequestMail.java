package org.recourse.contact;

import java.time.Instant;
import java.util.List;
import org.recourse.lookup.StatusView;
import org.recourse.notification.DedupeKey;
import org.recourse.platform.i18n.Messages;

/**
 * The two mails a valid removal request's requester gets at the address they gave for it, in the language of the
 * request: the acknowledgement (reference number, the 48-hour deadline, whom to contact) and the outcome. Like
 * {@link ReporterMail} they never describe the content or contain its address, and the subject names nothing.
 */
public record RemovalRequestMail(String subject, String body) {

    /** The acknowledgement, once per report. */
    public static DedupeKey receivedKey(long reportId) {
        return DedupeKey.of("removal-received", "report-" + reportId);
    }

    /** The outcome, once per report. */
    public static DedupeKey decidedKey(long reportId) {
        return DedupeKey.of("removal-decided", "report-" + reportId);
    }

    /** Both: discarded if still unsent when the requester's contact is erased. */
    public static List<DedupeKey> keys(long reportId) {
        return List.of(receivedKey(reportId), decidedKey(reportId));
    }

    /** The acknowledgement: the reference, by when the platform must act, whom to write to. */
    public static RemovalRequestMail received(String reference, Instant dueAt, Footer footer, Messages messages) {
        StringBuilder body = new StringBuilder()
                .append(messages.get("mail.reporter.hello")).append("\n\n")
                .append(messages.get("mail.removal.received.intro", reference)).append("\n\n")
                .append(messages.get("mail.removal.received.deadline", messages.time(dueAt))).append("\n\n");
        footer.append(body, messages);
        return new RemovalRequestMail(messages.get("mail.removal.received.subject"), body.toString());
    }

    /** The outcome: the decision on each item, and whether it came within the 48 hours. */
    public static RemovalRequestMail decided(StatusView status, Instant decidedAt, Instant dueAt, Footer footer,
            Messages messages) {
        StringBuilder body = new StringBuilder()
                .append(messages.get("mail.reporter.hello")).append("\n\n")
                .append(messages.get("mail.removal.decided.intro", status.reference())).append("\n\n");
        status.decisions().forEach(line -> body.append(line).append("\n"));
        body.append("\n");
        if (decidedAt != null && dueAt != null) {
            body.append(messages.get(decidedAt.isAfter(dueAt) ? "mail.removal.decided.late" : "mail.removal.decided.inTime",
                    messages.time(decidedAt))).append("\n\n");
        }
        body.append(status.nextSteps()).append("\n\n");
        footer.append(body, messages);
        return new RemovalRequestMail(messages.get("mail.removal.decided.subject"), body.toString());
    }

    /** Where to follow the request, whom to contact, how long the contact is kept, and how to delete it now. */
    public record Footer(String statusUrl, String contactTeam, String contactEmail, long retentionDays, String stopUrl) {

        void append(StringBuilder body, Messages messages) {
            body.append(messages.get("mail.reporter.follow")).append("\n")
                    .append(statusUrl).append("\n\n")
                    .append(messages.get("mail.reporter.contact", contactTeam, contactEmail)).append("\n\n")
                    .append(messages.get("mail.removal.privacy", retentionDays)).append("\n\n")
                    .append(messages.get("mail.removal.stop")).append("\n")
                    .append(stopUrl).append("\n");
        }
    }
}
