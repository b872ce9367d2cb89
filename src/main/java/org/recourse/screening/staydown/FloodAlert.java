package org.recourse.screening.staydown;

import java.util.Objects;
import org.recourse.notification.DedupeKey;
import org.recourse.platform.i18n.Messages;
import org.recourse.screening.banks.BankEntry;

/**
 * The mail that tells a supervisor a survivor's hash was quarantined. It names the submission number, the entry and
 * the case it caught first; never the hash itself, the survivor's reference or any upload, since mail passes through
 * servers and inboxes the portal does not control.
 */
public record FloodAlert(String subject, String body) {

    /** The alert for one quarantine, from the few facts it may carry. */
    public static FloodAlert of(BankEntry entry, int threshold, String caseNumber, String publicUrl,
            Messages messages) {
        String submission = Objects.requireNonNullElse(entry.submissionNumber(), "–");
        String base = publicUrl.strip().replaceFirst("/+$", "");
        String body = String.join("\n",
                messages.get("mail.flood.intro", submission, Long.toString(entry.id()), threshold),
                "",
                messages.get("mail.flood.effect"),
                caseNumber == null ? messages.get("mail.flood.noCase") : messages.get("mail.flood.case", caseNumber),
                "",
                messages.get("mail.flood.action"),
                base + "/staff/dashboard",
                "",
                messages.get("mail.flood.privacy"),
                "");
        return new FloodAlert(messages.get("mail.flood.subject", submission), body);
    }

    /**
     * One alert per quarantine and supervisor: a submission's exact and perceptual entries, quarantined by the same
     * flood at the same moment, share one alert; an entry reopened and flooded again is a new quarantine.
     */
    public static DedupeKey key(BankEntry entry, long staffId) {
        String what = entry.submissionId() != null ? "submission-" + entry.submissionId() : "entry-" + entry.id();
        return DedupeKey.of("survivor-flood", what, "at-" + entry.quarantinedAt().getEpochSecond(),
                "staff-" + staffId);
    }
}
