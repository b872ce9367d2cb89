package org.recourse.signals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.recourse.cases.Category;

/**
 * What a classifier's signal does, per classifier and label: at or above the threshold the item is held (hidden pending
 * review) and queued under the label's category, due sooner the higher the score; below it, or with no threshold,
 * the signal is only recorded. Nothing here removes or bans: that is a reviewer's decision.
 *
 * <p>The threshold of a classifier's label is, first found: {@code recourse.signals.threshold.<classifier>.<label>},
 * {@code recourse.signals.threshold.<label>}, the built-in default below ({@link #DEFAULT_THRESHOLDS}); else none. A
 * label with no threshold never holds anything: an unknown label cannot hide content by surprise. The category is
 * {@code recourse.signals.category.<label>}, else {@link #DEFAULT_CATEGORIES}, else other harmful content.
 */
public final class SignalPolicy {

    /** A classifier's name, as in settings' keys: no dot, so that {@code <classifier>.<label>} reads one way. */
    public static final Pattern CLASSIFIER = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    /** A label: a bounded token, no dot. */
    public static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9_]{0,63}");

    /**
     * The share of the category's review window that the highest score (1.0) gets: a score at the threshold is due
     * within the whole window, 1.0 within a quarter of it, linearly in between; never later than the window.
     */
    public static final double FASTEST_SHARE = 0.25;

    /**
     * Built-in thresholds. Holding is only hiding pending review, reversed by a reviewer, so the labels that may mean
     * a child are held early: a likely sexual image of a child at 0.5; a likely minor at 0.9, because on its own (a
     * family photo) it is usually lawful; a likely intimate image shared without consent at 0.8. Nudity has none:
     * lawful on many services, a platform that forbids it sets its own.
     */
    public static final Map<String, Double> DEFAULT_THRESHOLDS = Map.of(
            "csam_likely", 0.5, "minor_likely", 0.9, "ncii_likely", 0.8);

    /** Built-in categories: "when unsure, assume a child" for both labels that may mean one. */
    public static final Map<String, Category> DEFAULT_CATEGORIES = Map.of(
            "csam_likely", Category.CHILD_SEXUAL_IMAGERY, "minor_likely", Category.CHILD_SEXUAL_IMAGERY,
            "ncii_likely", Category.NON_CONSENSUAL_INTIMATE_IMAGE);

    /** The defaults alone, as a portal without any signals setting runs. */
    public static final SignalPolicy DEFAULT = new SignalPolicy(Map.of(), Map.of());

    /** What a signal does. */
    public enum Action {
        /** Hidden pending review and queued: a reviewer decides. */
        HELD,
        /** Kept, nothing else. */
        RECORDED
    }

    /** Why. */
    public enum Reason {
        AT_OR_ABOVE_THRESHOLD, BELOW_THRESHOLD, NO_THRESHOLD, ALREADY_REMOVED
    }

    /** The rule applied to one signal: what it does, why, and the threshold it was held to (none if none). */
    public record Verdict(Action action, Reason reason, OptionalDouble threshold) {
    }

    /** Thresholds by {@code <classifier>.<label>} or {@code <label>}; a {@code null} value is "none" (recorded only). */
    private final Map<String, Double> thresholds;
    private final Map<String, Category> categories;

    public SignalPolicy(Map<String, Double> thresholds, Map<String, Category> categories) {
        Objects.requireNonNull(thresholds, "Thresholds are required, even if none.");
        Objects.requireNonNull(categories, "Categories are required, even if none.");
        thresholds.forEach((key, value) -> {
            if (value != null && !(value > 0 && value <= 1)) {
                throw new IllegalArgumentException("A threshold is above 0 and at most 1, not " + value + " (" + key
                        + ").");
            }
        });
        this.thresholds = new java.util.HashMap<>(thresholds);
        this.categories = Map.copyOf(categories);
    }

    /** The threshold of this classifier's label, if it has one. */
    public OptionalDouble threshold(String classifier, String label) {
        for (String key : new String[] {classifier + "." + label, label}) {
            if (thresholds.containsKey(key)) {
                Double value = thresholds.get(key);
                return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
            }
        }
        Double builtIn = DEFAULT_THRESHOLDS.get(label);
        return builtIn == null ? OptionalDouble.empty() : OptionalDouble.of(builtIn);
    }

    /** The category a held item of this label is queued under. */
    public Category category(String label) {
        return Optional.ofNullable(categories.get(label))
                .orElse(DEFAULT_CATEGORIES.getOrDefault(label, Category.OTHER_HARMFUL));
    }

    /** What a signal with this score does to an item that is (or is not) already removed. */
    public Verdict verdict(String classifier, String label, double score, boolean alreadyRemoved) {
        OptionalDouble threshold = threshold(classifier, label);
        if (threshold.isEmpty()) {
            return new Verdict(Action.RECORDED, Reason.NO_THRESHOLD, threshold);
        }
        if (score < threshold.getAsDouble()) {
            return new Verdict(Action.RECORDED, Reason.BELOW_THRESHOLD, threshold);
        }
        return alreadyRemoved ? new Verdict(Action.RECORDED, Reason.ALREADY_REMOVED, threshold)
                : new Verdict(Action.HELD, Reason.AT_OR_ABOVE_THRESHOLD, threshold);
    }

    /**
     * When a held item is due for review: within {@code window} (the category's SLA) at the threshold, within
     * {@link #FASTEST_SHARE} of it at 1.0, linearly in between. Never later than the window.
     */
    public static Instant dueBy(Instant now, Duration window, double score, double threshold) {
        double above = threshold >= 1 ? 0 : Math.max(0, Math.min(1, (score - threshold) / (1 - threshold)));
        double share = 1 - (1 - FASTEST_SHARE) * above;
        return now.plusMillis((long) Math.floor(window.toMillis() * share));
    }
}
