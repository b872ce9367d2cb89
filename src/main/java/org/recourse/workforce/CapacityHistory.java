package org.recourse.workforce;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.recourse.cases.Category;

/**
 * What the forecast learns from: the cases opened in the last {@code weeks} weeks before {@code until} (time and
 * category), and the mean handling time per category (first claim to decision, from the cases closed in the same
 * weeks; a category with too few closed cases uses the setting's default).
 */
public record CapacityHistory(Instant until, int weeks, List<Arrival> arrivals, Map<Category, Duration> meanHandling) {

    /** One case opened. */
    public record Arrival(Instant openedAt, Category category) {
    }

    public CapacityHistory {
        Objects.requireNonNull(until, "The end of the history is required.");
        if (weeks < 1) {
            throw new IllegalArgumentException("At least one week of history.");
        }
        arrivals = List.copyOf(arrivals);
        meanHandling = new EnumMap<>(meanHandling);
        if (meanHandling.size() != Category.values().length) {
            throw new IllegalArgumentException("A mean handling time for every category is required.");
        }
        meanHandling.values().forEach(mean -> {
            if (mean.isZero() || mean.isNegative()) {
                throw new IllegalArgumentException("A handling time must be positive.");
            }
        });
    }

    public Duration meanHandling(Category category) {
        return meanHandling.get(category);
    }
}
