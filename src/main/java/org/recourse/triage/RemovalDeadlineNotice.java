package org.recourse.triage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.RemovalDeadline;
import org.recourse.notification.DedupeKey;
import org.recourse.platform.i18n.Messages;

/**
 * The mail that tells a supervisor a case's 48-hour legal deadline (TAKE IT DOWN Act) is near (80% used) or has
 * passed. Like {@link BreachNotice} it names only the case number, the deadline and where to sign in: never the
 * content, its address, nor the requester's name or address.
 */
public record RemovalDeadlineNotice(String subject, String body) {

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The notice of {@code mark} (warned or breached) for a case whose legal deadline is {@code dueAt}. */
    public static RemovalDeadlineNotice of(long caseId, RemovalDeadline.Mark mark, Instant dueAt, Instant now,
            String workspaceUrl, Messages messages) {
        String number = CaseNumbers.format(caseId);
        String stage = stage(mark);
        String timing = mark == RemovalDeadline.Mark.BREACHED
                ? messages.get("mail.legal48.late", BreachNotice.words(java.time.Duration.between(dueAt, now), messages))
                : messages.get("mail.legal48.left", BreachNotice.words(java.time.Duration.between(now, dueAt), messages));
        String body = String.join("\n",
                messages.get("mail.legal48." + stage + ".intro", number),
                "",
                messages.get("mail.legal48.due", UTC_TIME.format(dueAt)),
                timing,
                "",
                messages.get("mail.legal48.action"),
                workspaceUrl,
                "",
                messages.get("mail.legal48.privacy"),
                "");
        return new RemovalDeadlineNotice(messages.get("mail.legal48." + stage + ".subject", number), body);
    }

    /** One notice per case, stage and supervisor, ever. */
    public static DedupeKey key(long caseId, RemovalDeadline.Mark mark, long staffId) {
        return DedupeKey.of("legal-48h-" + stage(mark), "case-" + caseId, "staff-" + staffId);
    }

    private static String stage(RemovalDeadline.Mark mark) {
        return switch (mark) {
            case WARNED -> "warning";
            case BREACHED -> "breach";
            case NONE -> throw new IllegalArgumentException("No notice for a deadline with nothing to say.");
        };
    }
}
