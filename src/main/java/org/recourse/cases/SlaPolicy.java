package org.recourse.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long a case may wait for review. A survivor reporting themselves ("this is me") is always reviewed within the
 * self-report window, whatever the category, because they are believed without proof.
 */
public final class SlaPolicy {

    /** The defaults of the survivors' report: 1 h for child sexual imagery, self-reports and personal information. */
    public static final SlaPolicy DEFAULT = new SlaPolicy(defaults(), Duration.ofHours(1));

    private final Map<Category, Duration> windows;
    private final Duration selfReportWindow;

    public SlaPolicy(Map<Category, Duration> windows, Duration selfReportWindow) {
        Objects.requireNonNull(windows, "Review windows are required.");
        Objects.requireNonNull(selfReportWindow, "The self-report window is required.");
        EnumMap<Category, Duration> copy = new EnumMap<>(defaults());
        copy.putAll(windows);
        copy.values().forEach(SlaPolicy::requirePositive);
        this.windows = copy;
        this.selfReportWindow = requirePositive(selfReportWindow);
    }

    private static Map<Category, Duration> defaults() {
        EnumMap<Category, Duration> defaults = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            defaults.put(category, category.defaultReviewWindow());
        }
        return defaults;
    }

    private static Duration requirePositive(Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A review window must be positive, not " + window + ".");
        }
        return window;
    }

    public Duration reviewWindow(Category category, boolean selfReport) {
        Duration window = windows.get(Objects.requireNonNull(category, "A category is required."));
        return selfReport && selfReportWindow.compareTo(window) < 0 ? selfReportWindow : window;
    }

    public Instant reviewDue(Category category, boolean selfReport, Instant receivedAt) {
        return receivedAt.plus(reviewWindow(category, selfReport));
    }
}
