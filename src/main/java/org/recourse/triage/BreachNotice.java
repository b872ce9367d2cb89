package org.recourse.triage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.Category;
import org.recourse.notification.DedupeKey;
import org.recourse.platform.i18n.Messages;

/**
 * The mail that tells a supervisor a case is overdue. It names the case number, its category, how long it is
 * overdue and where to sign in; on purpose never the content, its address, what the reporter wrote or how to reach
 * them, since mail passes through servers and inboxes the portal does not control.
 */
public record BreachNotice(String subject, String body) {

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /**
     * The notice for a case, from the few facts it may carry: it is not handed the case itself, so it cannot
     * reach the items, the reports or the contact even by mistake.
     */
    public static BreachNotice of(long caseId, Category category, Instant reviewDueAt, Instant now,
            String workspaceUrl, Messages messages) {
        String number = CaseNumbers.format(caseId);
        String categoryLabel = messages.get("report.category." + Objects.requireNonNull(category).name());
        String late = words(Duration.between(reviewDueAt, now), messages);
        String body = String.join("\n",
                messages.get("mail.slaBreach.intro", number),
                "",
                messages.get("mail.slaBreach.category", categoryLabel),
                messages.get("mail.slaBreach.due", UTC_TIME.format(reviewDueAt)),
                messages.get("mail.slaBreach.overdue", late),
                "",
                messages.get("mail.slaBreach.action"),
                workspaceUrl,
                "",
                messages.get("mail.slaBreach.privacy"),
                "");
        return new BreachNotice(messages.get("mail.slaBreach.subject", number), body);
    }

    /** One notice per case and supervisor, ever. */
    public static DedupeKey key(long caseId, long staffId) {
        return DedupeKey.of("sla-breach", "case-" + caseId, "staff-" + staffId);
    }

    /** The staff workspace's address below the portal's public address. */
    public static String workspaceUrl(String publicUrl) {
        String base = publicUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/staff/";
    }

    /** "1 minute", "3 hours 5 minutes", "2 days": how late, at the precision a person needs. */
    public static String words(Duration late, Messages messages) {
        long minutes = Math.max(1, late.toMinutes());
        if (minutes < 60) {
            return messages.get("duration.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            String hours = messages.get("duration.hours", minutes / 60);
            return minutes % 60 == 0 ? hours : hours + " " + messages.get("duration.minutes", minutes % 60);
        }
        return messages.get("duration.days", minutes / (24 * 60));
    }
}
