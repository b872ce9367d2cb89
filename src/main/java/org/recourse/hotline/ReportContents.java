package org.recourse.hotline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.recourse.content.UploaderContext;
import org.recourse.content.UploaderContext.IpCaptureEvent;
import org.recourse.evidence.EvidenceFile;
import org.recourse.evidence.EvidenceMetadata;
import org.recourse.evidence.OpenedEvidence;

/** Builds what a hotline report says from an opened evidence record and the reporting organisation's settings. */
public final class ReportContents {

    /** What the case's audit log says when a reviewer revealed an item. */
    static final String VIEWED = "item.viewed";

    /** The longest escalation reason NCMEC takes. */
    static final int MAX_ESCALATION = 3000;

    private ReportContents() {
    }

    /**
     * @param reporter the reporting person (settings)
     * @param contact the contact person (settings), or null
     * @param now the time the report is made: the incident cannot be after it
     */
    public static ReportContent of(OpenedEvidence evidence, ReportContent.Person reporter, ReportContent.Person contact,
            Instant now) {
        EvidenceMetadata metadata = evidence.metadata();
        EvidenceMetadata.Content content = metadata.content();
        UploaderContext uploader = metadata.uploader();
        Instant uploadedAt = firstNonNull(uploader == null ? null : uploader.uploadedAt(), content.uploadedAt());
        boolean viewed = metadata.audit().stream().anyMatch(entry -> VIEWED.equals(entry.action()));
        boolean wasPublic = publiclyAvailable(metadata);
        IpCaptureEvent uploadEvent = uploader == null ? null : uploader.ipEvents().stream()
                .filter(event -> event.type() == UploaderContext.EventType.UPLOAD).findFirst().orElse(null);
        String classification = metadata.decision() == null ? null : metadata.decision().classification();
        List<ReportContent.FileContent> files = new ArrayList<>();
        for (int i = 0; i < evidence.files().size(); i++) {
            EvidenceFile file = evidence.files().get(i);
            files.add(new ReportContent.FileContent(i, fileName(file.name()), originalName(content.url()),
                    file.mediaType(), file.md5(),
                    file.sha256(), viewed, wasPublic, classification, uploadedAt, uploadEvent));
        }
        return new ReportContent(incidentAt(metadata, uploadedAt, now), escalation(metadata.decision()),
                content.url(), null, reporter, contact == null || contact.isEmpty() ? null : contact,
                reported(uploader), files);
    }

    /** The upload, else the first report, else the sealing's decision; never in the future (NCMEC refuses that). */
    static Instant incidentAt(EvidenceMetadata metadata, Instant uploadedAt, Instant now) {
        Instant firstReport = metadata.reports().stream().map(EvidenceMetadata.ReportSummary::filedAt)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        Instant decided = metadata.decision() == null ? null : metadata.decision().decidedAt();
        Instant at = Stream.of(uploadedAt, firstReport, decided, metadata.content().firstSeen(), now)
                .filter(Objects::nonNull).findFirst().orElseThrow();
        return at.isAfter(now) ? now : at;
    }

    /**
     * Only when the reviewer marked imminent danger: their reason for it (else their note, else a plain statement).
     * NCMEC's schema: "only enter text if you want to escalate the report".
     */
    static String escalation(EvidenceMetadata.DecisionSummary decision) {
        if (decision == null || !decision.imminentDanger()) {
            return null;
        }
        String given = decision.imminentDangerReason() != null && !decision.imminentDangerReason().isBlank()
                ? decision.imminentDangerReason() : decision.note();
        String reason = given == null || given.isBlank() ? "The reviewer marked imminent danger to a child."
                : given.strip();
        return reason.length() <= MAX_ESCALATION ? reason : reason.substring(0, MAX_ESCALATION - 1) + "…";
    }

    /**
     * Every item Recourse knows was registered visible and hidden later, so it was public, unless the only reports on
     * it came from screening at upload (the platform asked before publishing it).
     */
    static boolean publiclyAvailable(EvidenceMetadata metadata) {
        return metadata.reports().isEmpty() || metadata.reports().stream()
                .anyMatch(report -> report.channel() == null
                        || !report.channel().toLowerCase(Locale.ROOT).contains("screening"));
    }

    private static ReportContent.ReportedUser reported(UploaderContext uploader) {
        if (uploader == null || (uploader.uploaderId() == null && uploader.screenName() == null
                && uploader.email() == null && uploader.ipEvents().isEmpty())) {
            return null;
        }
        return new ReportContent.ReportedUser(uploader.email(), uploader.uploaderId(), uploader.screenName(),
                uploader.ipEvents());
    }

    /** The last segment of the URL's path when it is a file name ({@code photo.jpg}), else null. */
    static String originalName(String url) {
        if (url == null) {
            return null;
        }
        try {
            String path = java.net.URI.create(url.strip()).getPath();
            String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
            return last.matches("[^/\\\\]{1,200}\\.[A-Za-z0-9]{1,8}") ? last : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String fileName(String name) {
        if (name == null) {
            return null;
        }
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    private static Instant firstNonNull(Instant a, Instant b) {
        return a != null ? a : b;
    }
}
