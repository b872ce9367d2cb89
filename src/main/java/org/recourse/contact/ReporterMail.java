package org.recourse.contact;

import java.util.List;
import org.recourse.intake.Receipt;
import org.recourse.lookup.StatusView;
import org.recourse.notification.DedupeKey;
import org.recourse.platform.i18n.Messages;

/**
 * The two mails a reporter may get, in their language: the reference once the report is stored, and the decision.
 * On purpose they never describe the content, contain its address or repeat what the reporter wrote: mail passes
 * through servers and inboxes nobody here controls, and may be read over a shoulder. The subject names nothing.
 */
public record ReporterMail(String subject, String body) {

    /** Where the mail's links point: the status page, and this mail's own "stop these emails" link. */
    public record Links(String statusUrl, String stopUrl) {
    }

    /** The mail that gives the reference, once per report. */
    public static DedupeKey receivedKey(long reportId) {
        return DedupeKey.of("reporter-received", "report-" + reportId);
    }

    /** The mail that gives the decision, once per report. */
    public static DedupeKey decidedKey(long reportId) {
        return DedupeKey.of("reporter-decided", "report-" + reportId);
    }

    /** The mail that gives the answer to the reporter's one request for a second look. */
    public static DedupeKey reviewedKey(long reportId) {
        return DedupeKey.of("reporter-reviewed", "report-" + reportId);
    }

    /**
     * The mail that tells the reporter an uploader's appeal on an item of their case was decided: once per report and
     * item (an item's decision is appealed once).
     */
    public static DedupeKey appealKey(long reportId, long caseItemId) {
        return DedupeKey.of("reporter-appeal", "report-" + reportId, "item-" + caseItemId);
    }

    /** Every mail a report's reporter may get: discarded if still unsent when the address is deleted. */
    public static List<DedupeKey> keys(long reportId) {
        return List.of(receivedKey(reportId), decidedKey(reportId), reviewedKey(reportId));
    }

    /** {@link #keys(long)} and the appeal mails about any item of the report's case. */
    public static List<DedupeKey> keys(long reportId, List<Long> caseItemIds) {
        List<DedupeKey> all = new java.util.ArrayList<>(keys(reportId));
        caseItemIds.forEach(item -> all.add(appealKey(reportId, item)));
        return all;
    }

    /**
     * An uploader's appeal was decided: in plain words and without detail, that the decision was reviewed and what it
     * is now (the status page's own line).
     */
    public static ReporterMail appealDecided(String reference, String outcomeLine, String contactTeam,
            String contactEmail, long retentionDays, Links links, Messages messages) {
        StringBuilder body = new StringBuilder()
                .append(messages.get("mail.reporter.hello")).append("\n\n")
                .append(messages.get("mail.reporter.appeal.intro", reference)).append("\n")
                .append(outcomeLine).append("\n\n");
        footer(body, contactTeam, contactEmail, retentionDays, links, messages);
        return new ReporterMail(messages.get("mail.reporter.appeal.subject"), body.toString());
    }

    /** The answer to a second look, in the status page's own words (nothing more than the page shows). */
    public static ReporterMail reviewed(StatusView status, long retentionDays, Links links, Messages messages) {
        StringBuilder body = new StringBuilder()
                .append(messages.get("mail.reporter.hello")).append("\n\n")
                .append(messages.get("mail.reporter.reviewed.intro", status.reference())).append("\n\n");
        status.reviews().forEach(line -> body.append(line).append("\n"));
        body.append("\n");
        footer(body, status.contact().team(), status.contact().email(), retentionDays, links, messages);
        return new ReporterMail(messages.get("mail.reporter.reviewed.subject"), body.toString());
    }

    public static ReporterMail received(Receipt receipt, String contactTeam, String contactEmail, long retentionDays,
            Links links, Messages messages) {
        StringBuilder body = new StringBuilder()
                .append(messages.get("mail.reporter.hello")).append("\n\n")
                .append(messages.get("mail.reporter.received.intro", receipt.reference().display())).append("\n\n");
        if (receipt.itemsHidden() > 0) {
            body.append(messages.get("mail.reporter.received.hidden")).append("\n");
        }
        body.append(messages.get("mail.reporter.received.next", messages.time(receipt.reviewDueBy()))).append("\n\n");
        footer(body, contactTeam, contactEmail, retentionDays, links, messages);
        return new ReporterMail(messages.get("mail.reporter.received.subject"), body.toString());
    }

    public static ReporterMail decided(StatusView status, long retentionDays, Links links, Messages messages) {
        StringBuilder body = new StringBuilder()
                .append(messages.get("mail.reporter.hello")).append("\n\n")
                .append(messages.get("mail.reporter.decided.intro", status.reference())).append("\n\n");
        status.decisions().forEach(line -> body.append(line).append("\n"));
        body.append("\n").append(status.nextSteps()).append("\n\n");
        footer(body, status.contact().team(), status.contact().email(), retentionDays, links, messages);
        return new ReporterMail(messages.get("mail.reporter.decided.subject"), body.toString());
    }

    private static void footer(StringBuilder body, String contactTeam, String contactEmail, long retentionDays,
            Links links, Messages messages) {
        body.append(messages.get("mail.reporter.follow")).append("\n")
                .append(links.statusUrl()).append("\n\n")
                .append(messages.get("mail.reporter.contact", contactTeam, contactEmail)).append("\n\n")
                .append(messages.get("mail.reporter.privacy", retentionDays)).append("\n\n")
                .append(messages.get("mail.reporter.stop")).append("\n")
                .append(links.stopUrl()).append("\n");
    }
}
