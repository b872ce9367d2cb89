package org.recourse.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.recourse.cases.CaseNumbers;
import org.recourse.notification.DedupeKey;
import org.recourse.platform.i18n.Messages;

/**
 * The mail that tells a supervisor a reviewer marked a child in imminent danger: the case number, who, when and where
 * to sign in. Never the content, its address, anything of a reporter's, nor the reviewer's reason (it may say where a
 * child is): mail passes through servers the portal does not control, so the reason is read on the case page.
 */
public record DangerAlert(String subject, String body) {

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The alert, from the few facts it may carry. */
    public static DangerAlert of(long caseId, String reviewer, Instant decidedAt, String caseUrl, Messages messages) {
        String number = CaseNumbers.format(caseId);
        String body = String.join("\n",
                messages.get("mail.danger.intro", number, reviewer),
                "",
                messages.get("mail.danger.when", UTC_TIME.format(decidedAt)),
                "",
                messages.get("mail.danger.action"),
                caseUrl,
                "",
                messages.get("mail.danger.privacy"),
                "");
        return new DangerAlert(messages.get("mail.danger.subject", number), body);
    }

    /** One alert per decided item and supervisor, ever: a decided item stays decided. */
    public static DedupeKey key(long itemId, long staffId) {
        return DedupeKey.of("imminent-danger", "item-" + itemId, "staff-" + staffId);
    }

    /** The case's page below the portal's public address. */
    public static String caseUrl(String publicUrl, long caseId) {
        String base = publicUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/staff/case?id=" + caseId;
    }
}
