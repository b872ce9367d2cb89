package org.recourse.performers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the platform (or its vendor) checked a person's age and identity. The list is fixed so that a record says
 * something comparable; "self-declared" is not on it, because a declaration is not a verification.
 */
public enum VerificationMethod {
    /** An identity document checked (in person or remotely, with a liveness check); the document stays with them. */
    DOCUMENT_CHECK,
    /** A government or bank digital identity (eID, wallet) that asserts the age. */
    DIGITAL_IDENTITY,
    /** A vendor's age estimation from a live face, with a margin over the age of majority. */
    FACIAL_AGE_ESTIMATION,
    /** Seen in person by the platform's staff or agent, with a document. */
    IN_PERSON,
    /** A credit or bank record that only adults can hold. */
    FINANCIAL_RECORD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VerificationMethod> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }
}
