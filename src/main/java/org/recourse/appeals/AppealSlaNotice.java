package org.recourse.appeals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.recourse.cases.CaseNumbers;
import org.recourse.notification.DedupeKey;
import org.recourse.platform.i18n.Messages;
import org.recourse.triage.BreachNotice;

/**
 * The mail that tells a supervisor an uploader's appeal has used 80% of its time, or is overdue. Like the case SLA's
 * {@link BreachNotice} it names only the appeal's reference, its case number, when it is due and where to sign in: on
 * purpose never the uploader's words, the content or the records named, since mail passes through servers and inboxes
 * the portal does not control.
 */
public record AppealSlaNotice(String subject, String body) {

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /**
     * The notice of {@code stage} (warned or breached) for an appeal, from the few facts it may carry: it is not
     * handed the appeal itself, so it cannot reach the uploader's text even by mistake.
     */
    public static AppealSlaNotice of(String reference, long caseId, long appealId, AppealSla.Stage stage,
            Instant dueAt, Instant now, String publicUrl, Messages messages) {
        String prefix = "mail.appealSla." + stage(stage);
        String timing = stage == AppealSla.Stage.BREACHED
                ? messages.get("mail.appealSla.late", BreachNotice.words(Duration.between(dueAt, now), messages))
                : messages.get("mail.appealSla.left", BreachNotice.words(Duration.between(now, dueAt), messages));
        String body = String.join("\n",
                messages.get(prefix + ".intro", reference, CaseNumbers.format(caseId)),
                "",
                messages.get("mail.appealSla.due", UTC_TIME.format(dueAt)),
                timing,
                "",
                messages.get("mail.appealSla.action"),
                appealUrl(publicUrl, appealId),
                "",
                messages.get("mail.appealSla.privacy"),
                "");
        return new AppealSlaNotice(messages.get(prefix + ".subject", reference), body);
    }

    /** One notice per appeal, stage and supervisor, ever. */
    public static DedupeKey key(long appealId, AppealSla.Stage stage, long staffId) {
        return DedupeKey.of("appeal-sla-" + stage(stage), "appeal-" + appealId, "staff-" + staffId);
    }

    /** The appeal's own form in the staff workspace. */
    static String appealUrl(String publicUrl, long appealId) {
        return BreachNotice.workspaceUrl(publicUrl) + "appeals?id=" + appealId;
    }

    private static String stage(AppealSla.Stage stage) {
        return switch (stage) {
            case WARNED -> "warning";
            case BREACHED -> "breach";
            case NONE -> throw new IllegalArgumentException("No notice for an appeal with nothing to say.");
        };
    }
}
