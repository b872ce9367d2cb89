package org.recourse.performers;

import java.util.List;
import java.util.Objects;

/** A record as the platform registers it, read and checked ({@link PerformerRules}): the facts, never a document. */
public record PerformerRegistration(String recordId, Verification verification, Consent consent,
        List<String> content) {

    public PerformerRegistration {
        Objects.requireNonNull(recordId, "A record id is required.");
        Objects.requireNonNull(verification, "A verification is required.");
        Objects.requireNonNull(consent, "A consent is required.");
        content = List.copyOf(Objects.requireNonNull(content, "Content ids are required, even if none."));
    }
}
