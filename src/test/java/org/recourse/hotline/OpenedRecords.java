package org.recourse.hotline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.recourse.content.UploaderContext;
import org.recourse.evidence.EvidenceFile;
import org.recourse.evidence.EvidenceMetadata;
import org.recourse.evidence.OpenedEvidence;

/** Test data: opened evidence records as the vault hands them out, built by hand (no vault needed). */
public final class OpenedRecords {

    public static final Instant UPLOADED = Instant.parse("2026-12-01T09:59:00Z");
    public static final Instant REPORTED = Instant.parse("2026-12-01T10:30:00Z");
    public static final Instant DECIDED = Instant.parse("2026-12-01T11:00:00Z");

    private long recordId = 41;
    private String url = "https://platform.example/media/img-8841";
    private Instant uploadedAt = UPLOADED;
    private boolean imminentDanger;
    private String note;
    private String dangerReason;
    private String classification = "A1";
    private final List<EvidenceMetadata.AuditEntry> audit = new ArrayList<>();
    private final List<EvidenceFile> files = new ArrayList<>();
    private UploaderContext uploader = new UploaderContext("user-42", "someuser", "user@example.com", UPLOADED,
            List.of(new UploaderContext.IpCaptureEvent("203.0.113.5", UploaderContext.EventType.UPLOAD, UPLOADED, 443),
                    new UploaderContext.IpCaptureEvent("2001:db8::1", UploaderContext.EventType.LOGIN,
                            UPLOADED.minusSeconds(3600), null)));
    private String channel = "web";

    private OpenedRecords() {
    }

    public static OpenedRecords aRecord() {
        return new OpenedRecords().withFile("content/1.png", "image/png", "not really a picture".getBytes(
                StandardCharsets.UTF_8));
    }

    public OpenedRecords id(long id) {
        this.recordId = id;
        return this;
    }

    public OpenedRecords url(String url) {
        this.url = url;
        return this;
    }

    public OpenedRecords uploadedAt(Instant at) {
        this.uploadedAt = at;
        this.uploader = new UploaderContext(uploader.uploaderId(), uploader.screenName(), uploader.email(), at,
                uploader.ipEvents());
        return this;
    }

    public OpenedRecords uploader(UploaderContext uploader) {
        this.uploader = uploader;
        return this;
    }

    public OpenedRecords imminentDanger(String reason) {
        this.imminentDanger = true;
        this.dangerReason = reason;
        return this;
    }

    public OpenedRecords note(String note) {
        this.note = note;
        return this;
    }

    public OpenedRecords classification(String classification) {
        this.classification = classification;
        return this;
    }

    public OpenedRecords viewedByReviewer() {
        audit.add(new EvidenceMetadata.AuditEntry(REPORTED.plusSeconds(60), "mod", "item.viewed", "C-1/item-1", null));
        return this;
    }

    public OpenedRecords reportedThrough(String channel) {
        this.channel = channel;
        return this;
    }

    public OpenedRecords noFiles() {
        files.clear();
        return this;
    }

    public OpenedRecords withFile(String name, String mediaType, byte[] bytes) {
        files.add(new EvidenceFile(name, mediaType, bytes, hex("SHA-256", bytes), hex("MD5", bytes), null));
        return this;
    }

    public OpenedEvidence build() {
        EvidenceMetadata.Content content = new EvidenceMetadata.Content("img-8841", url, "image/png", uploadedAt,
                UPLOADED, null, null, null, !files.isEmpty());
        List<EvidenceMetadata.ReportSummary> reports = List.of(new EvidenceMetadata.ReportSummary("CSAM",
                REPORTED, channel, false, "details"));
        EvidenceMetadata.DecisionSummary decision = new EvidenceMetadata.DecisionSummary("REMOVE", "CSAM", "mod",
                DECIDED, classification, imminentDanger, note, dangerReason);
        EvidenceMetadata metadata = new EvidenceMetadata(content, uploader, reports, decision, List.copyOf(audit));
        return new OpenedEvidence(recordId, 7, 9, DECIDED, metadata, "{}".getBytes(StandardCharsets.UTF_8),
                List.copyOf(files), "00");
    }

    public static ReportContent.Person reporter() {
        return new ReportContent.Person("Trust", "Safety", "abuse@platform.example", null);
    }

    public static ReportContent.Person contact() {
        return new ReportContent.Person(null, null, "legal@platform.example", "+1 555 0100");
    }

    /** What the record says, as a report made at {@code now}. */
    public ReportContent content(Instant now) {
        return ReportContents.of(build(), reporter(), contact(), now);
    }

    static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
