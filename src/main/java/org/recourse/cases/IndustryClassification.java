package org.recourse.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * The industry classification of child sexual abuse imagery that hotlines ask for (NCMEC's {@code
 * industryClassification}): age group and what is shown. A reviewer who cannot tell leaves it unclassified (null).
 */
public enum IndustryClassification {
    /** Prepubescent child, sex act. */
    A1,
    /** Prepubescent child, lascivious exhibition. */
    A2,
    /** Pubescent child, sex act. */
    B1,
    /** Pubescent child, lascivious exhibition. */
    B2;

    /** The message key of its words on a page. */
    public String messageKey() {
        return "review.classification." + name();
    }

    public static Optional<IndustryClassification> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
