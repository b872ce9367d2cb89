package org.recourse.cases;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a reporter says the content is. The order is the order of the report form; {@link #severity()} orders the
 * queue, and {@link #defaultReviewWindow()} is the review time before any configuration.
 */
public enum Category {
    CHILD_SEXUAL_IMAGERY(100, Duration.ofHours(1)),
    SURVIVOR_CHILDHOOD_IMAGE(80, Duration.ofHours(4)),
    SURVIVOR_ADULT_IMAGE(70, Duration.ofHours(4)),
    SURVIVOR_PERSONAL_INFORMATION(90, Duration.ofHours(1)),
    SURVIVOR_HARASSMENT(60, Duration.ofHours(12)),
    NON_CONSENSUAL_INTIMATE_IMAGE(50, Duration.ofHours(24)),
    OTHER_HARMFUL(10, Duration.ofHours(24));

    private final int severity;
    private final Duration defaultReviewWindow;

    Category(int severity, Duration defaultReviewWindow) {
        this.severity = severity;
        this.defaultReviewWindow = defaultReviewWindow;
    }

    public int severity() {
        return severity;
    }

    public Duration defaultReviewWindow() {
        return defaultReviewWindow;
    }

    /**
     * "When unsure, assume a child": content in this category is only restored on a supervisor's decision that
     * everyone shown is an adult who consented.
     */
    public boolean assumesChild() {
        return this == CHILD_SEXUAL_IMAGERY;
    }

    /** The code used by the API and in configuration keys: {@code child_sexual_imagery}. */
    /**
     * Whether this category is about an intimate image of a person, the content a removal request under the US
     * TAKE IT DOWN Act may ask to take down (personal information and harassment are not images).
     */
    public boolean intimateImage() {
        return this == CHILD_SEXUAL_IMAGERY || this == SURVIVOR_CHILDHOOD_IMAGE || this == SURVIVOR_ADULT_IMAGE
                || this == NON_CONSENSUAL_INTIMATE_IMAGE;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Category> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }

    /** The more severe of two categories: a case takes the most severe category reported on it. */
    public Category mostSevere(Category other) {
        return other.severity > severity ? other : this;
    }
}
