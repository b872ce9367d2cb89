package org.recourse.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Decision;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.content.UploaderContext;

/**
 * What the reviewer is shown before removing an item that would be sealed: what the record will hold, and whether it
 * is then reported to a hotline. Read without loading the file itself.
 */
@ApplicationScoped
public class EvidencePreviews {

    /**
     * What a removal or referral of one item preserves.
     *
     * @param mediaType the declared type of the file, when its bytes are stored ({@code null}: hashes only)
     * @param uploader what the platform told about the uploader
     * @param reports how many reports the case has (kept without their reporters)
     * @param hotline whether the record is then reported to NCMEC's CyberTipline
     */
    public record Preview(String mediaType, UploaderContext uploader, int reports, boolean hotline) {

        public boolean bytesPreserved() {
            return mediaType != null;
        }
    }

    @Inject
    CaseRepository cases;

    @Inject
    ContentRepository content;

    @Inject
    CaseEvidenceRepository sources;

    @Inject
    VaultSettings settings;

    /** The preview of an undecided item that a removal would seal; empty for any other. */
    @Transactional
    public Optional<Preview> of(long itemId) {
        Optional<CaseItem> found = cases.findItem(itemId)
                .filter(item -> !item.status().isDecided() && settings.rule().seals(item, Decision.REMOVE));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ContentItem hosted = found.get().content();
        return Optional.of(new Preview(sources.hasBytes(hosted.id()) ? hosted.mediaType() : null,
                content.uploaderContext(hosted), sources.reportCount(found.get().caseFile().id()),
                settings.ncmecEnabled()));
    }
}
