package org.recourse.evidence;

import java.time.Instant;
import java.util.List;
import org.recourse.content.UploaderContext;

/**
 * What a sealed record says about its content, beside the files: what the platform told Recourse, the case's reports
 * without anything about the reporters, the decision and the case's audit entries.
 *
 * @param content the item as the platform registered it
 * @param uploader what the platform supplied about the account that uploaded it (may be empty, never null)
 * @param reports the case's reports: no reference, no contact, no client address
 * @param decision the decision that sealed the record
 * @param audit the case's audit entries up to the sealing
 */
public record EvidenceMetadata(Content content, UploaderContext uploader, List<ReportSummary> reports,
        DecisionSummary decision, List<AuditEntry> audit) {

    /** The item: its platform id, address, type, upload and registration times, hashes (hex, null when unknown). */
    public record Content(String platformContentId, String url, String mediaType, Instant uploadedAt,
            Instant firstSeen, String sha256, String md5, String pdq, boolean bytesPreserved) {
    }

    /** A report on the case, without the reporter: category code, when, which channel, self-reported, the text. */
    public record ReportSummary(String category, Instant filedAt, String channel, boolean selfReported,
            String details) {
    }

    /**
     * The decision: what, why, who, when; the industry classification (A1, A2, B1, B2, or null) and imminent danger
     * that the reviewer gave at removal, with the reviewer's short reason for it ({@code imminentDangerReason}, null
     * unless imminent danger).
     */
    public record DecisionSummary(String decision, String reasonCode, String reviewer, Instant decidedAt,
            String classification, boolean imminentDanger, String note, String imminentDangerReason) {

        /** Without a reason for imminent danger. */
        public DecisionSummary(String decision, String reasonCode, String reviewer, Instant decidedAt,
                String classification, boolean imminentDanger, String note) {
            this(decision, reasonCode, reviewer, decidedAt, classification, imminentDanger, note, null);
        }
    }

    /** One audit entry of the case. */
    public record AuditEntry(Instant at, String actor, String action, String subject, String details) {
    }
}
