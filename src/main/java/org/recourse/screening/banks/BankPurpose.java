package org.recourse.screening.banks;

import org.recourse.cases.Category;

/** What a bank holds, which decides what a match means and what case a blocked re-upload opens. */
public enum BankPurpose {
    CHILD_SEXUAL_IMAGERY,
    SURVIVOR_IMAGES,
    INTIMATE_IMAGES,
    OTHER_REMOVED,
    SURVIVOR_SUBMITTED,
    IMPORTED,
    /** Known false positives: a match with one of these cancels the perceptual matches of that upload. */
    SUPPRESSION;

    /** The bank a removal adds to: by the category the case was reported as. */
    public static BankPurpose forRemoved(Category category) {
        return switch (category) {
            case CHILD_SEXUAL_IMAGERY -> CHILD_SEXUAL_IMAGERY;
            case SURVIVOR_CHILDHOOD_IMAGE, SURVIVOR_ADULT_IMAGE, SURVIVOR_PERSONAL_INFORMATION, SURVIVOR_HARASSMENT ->
                    SURVIVOR_IMAGES;
            case NON_CONSENSUAL_INTIMATE_IMAGE -> INTIMATE_IMAGES;
            case OTHER_HARMFUL -> OTHER_REMOVED;
        };
    }

    /**
     * The category a blocked re-upload is reported as. Imported lists are assumed to hold sexual images of children:
     * when unsure, a child.
     */
    public Category category() {
        return switch (this) {
            case CHILD_SEXUAL_IMAGERY, IMPORTED -> Category.CHILD_SEXUAL_IMAGERY;
            case SURVIVOR_IMAGES -> Category.SURVIVOR_CHILDHOOD_IMAGE;
            case SURVIVOR_SUBMITTED -> Category.SURVIVOR_ADULT_IMAGE;
            case INTIMATE_IMAGES -> Category.NON_CONSENSUAL_INTIMATE_IMAGE;
            case OTHER_REMOVED, SUPPRESSION -> Category.OTHER_HARMFUL;
        };
    }

    /** Whether a re-upload matching this bank is reported as by the person shown (survivor-submitted hashes). */
    public boolean selfReported() {
        return this == SURVIVOR_SUBMITTED;
    }

    /**
     * Whether a partner's list may be kept for this purpose: what it holds (sexual images of children, intimate images,
     * other harmful content, or unknown), never survivors' own hashes or the list of known false positives.
     */
    public boolean partnerMayHold() {
        return this == CHILD_SEXUAL_IMAGERY || this == INTIMATE_IMAGES || this == OTHER_REMOVED || this == IMPORTED;
    }

    public boolean blocks() {
        return this != SUPPRESSION;
    }
}
