package org.recourse.evidence.retention;

import java.time.LocalDate;
import org.recourse.notification.DedupeKey;
import org.recourse.platform.i18n.Messages;

/**
 * The mail that reminds a LEGAL user that a hold is to be reviewed. It names the hold, the record and the date, and
 * where to sign in; never the reason or the requester, since mail passes through servers the portal does not control.
 */
public record HoldReminder(String subject, String body) {

    /** The reminder of one hold's review date, in a language. */
    public static HoldReminder of(long holdId, long recordId, LocalDate reviewOn, String holdsUrl, Messages messages) {
        String body = String.join("\n",
                messages.get("mail.holdReminder.intro", Long.toString(holdId), Long.toString(recordId),
                        reviewOn.toString()),
                "",
                messages.get("mail.holdReminder.action"),
                holdsUrl,
                "",
                messages.get("mail.holdReminder.privacy"),
                "");
        return new HoldReminder(messages.get("mail.holdReminder.subject", Long.toString(holdId),
                reviewOn.toString()), body);
    }

    /** One reminder per hold, review date and LEGAL user, however often and on however many nodes the job runs. */
    public static DedupeKey key(long holdId, LocalDate reviewOn, long staffId) {
        return DedupeKey.of("legal-hold-review", "hold-" + holdId, reviewOn.toString(), "staff-" + staffId);
    }

    /** The holds page below the portal's public address. */
    public static String holdsUrl(String publicUrl) {
        String base = publicUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/staff/legal/holds.xhtml";
    }
}
