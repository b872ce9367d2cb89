package org.recourse.evidence.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.cases.IndustryClassification;
import org.recourse.evidence.EvidencePreviews;

/**
 * Backs the part of the case page that tells a reviewer, before removing child-category content, what the evidence
 * record will preserve and whether it is reported to a hotline (WEB-INF/includes/evidence-preview.xhtml), and offers
 * the classifications for the reviewer's choice. Read once per item and request.
 */
@Named
@RequestScoped
public class EvidencePreview {

    @Inject
    EvidencePreviews previews;

    private final Map<Long, Optional<EvidencePreviews.Preview>> read = new HashMap<>();

    /** The preview of this item, or null when a removal would seal nothing. */
    public EvidencePreviews.Preview of(long itemId) {
        return read.computeIfAbsent(itemId, previews::of).orElse(null);
    }

    public List<IndustryClassification> getClassifications() {
        return List.of(IndustryClassification.values());
    }
}
