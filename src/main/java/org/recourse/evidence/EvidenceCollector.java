package org.recourse.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recourse.cases.CaseItem;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.LegalAssessment;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentMedia;
import org.recourse.content.ContentRepository;
import org.recourse.content.UploaderContext;

/**
 * Gathers what a removal preserves: the content's bytes when the platform registered them, its hashes, what the
 * platform said about it and its uploader, the case's reports without their reporters, the decision and the case's
 * audit entries.
 */
@ApplicationScoped
public class EvidenceCollector {

    /** File extensions by declared media type; anything else is kept as {@code .bin}. */
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("image/jpeg", "jpg"),
            Map.entry("image/png", "png"), Map.entry("image/gif", "gif"), Map.entry("image/webp", "webp"),
            Map.entry("image/bmp", "bmp"), Map.entry("image/tiff", "tiff"), Map.entry("video/mp4", "mp4"),
            Map.entry("video/webm", "webm"), Map.entry("video/quicktime", "mov"), Map.entry("video/x-matroska", "mkv"));

    @Inject
    ContentRepository content;

    @Inject
    CaseEvidenceRepository cases;

    /** What sealing this item preserves. */
    public record Collected(EvidenceMetadata metadata, List<RecordSeal.PlainPart> files, List<String> pdqs) {
    }

    public Collected collect(CaseItem item, ItemDecision decision) {
        ContentItem hosted = item.content();
        Optional<byte[]> bytes = content.media(hosted).map(ContentMedia::bytes);
        UploaderContext uploader = content.uploaderContext(hosted);
        String pdq = hosted.pdq() == null ? null : hosted.pdq().toHex();
        String sha256 = bytes.map(Manifest::sha256).orElse(hosted.sha256());
        String md5 = bytes.map(Manifest::md5).orElse(hosted.md5());
        EvidenceMetadata.Content facts = new EvidenceMetadata.Content(hosted.platformContentId(), hosted.url(),
                hosted.mediaType(), uploader.uploadedAt(), hosted.firstSeen(), sha256, md5, pdq, bytes.isPresent());
        LegalAssessment legal = decision.assessment();
        EvidenceMetadata.DecisionSummary decided = new EvidenceMetadata.DecisionSummary(decision.decision().name(),
                decision.reason().name(), decision.decidedBy(), decision.decidedAt(),
                legal.classification() == null ? null : legal.classification().name(), legal.imminentDanger(),
                decision.note(), legal.dangerReason());
        long caseId = item.caseFile().id();
        EvidenceMetadata metadata = new EvidenceMetadata(facts, uploader, cases.reports(caseId), decided,
                cases.audit(caseId));
        List<RecordSeal.PlainPart> files = bytes.map(file -> List.of(new RecordSeal.PlainPart(
                "content/1." + extensionOf(hosted.mediaType()), hosted.mediaType(), file))).orElse(List.of());
        return new Collected(metadata, files, files.isEmpty() ? List.of() : java.util.Collections.singletonList(pdq));
    }

    /** The extension a file is named with: from its declared type when known, never from the platform's words. */
    static String extensionOf(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return EXTENSIONS.getOrDefault(type, "bin");
    }
}
