package org.recourse.transparency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rule that keeps one case from being singled out: a count below {@link #THRESHOLD} is published as "fewer than
 * 5" (zero included: a published zero beside a total would tell the rest), and a median, 90th percentile or share
 * over fewer cases is not published at all. When exactly one category of a month is hidden this way, the next
 * smallest is hidden too, so that the month's total minus the published categories cannot give the hidden one back.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** Whether a count of cases may be published as it is. */
    public static boolean publishable(long count) {
        return count >= THRESHOLD;
    }

    /** A raw figure made public: counts under the threshold become null ("fewer than 5"), and so do times. */
    public static Cell publish(Raw raw) {
        Objects.requireNonNull(raw, "A figure is required.");
        boolean enough = publishable(raw.count());
        Duration median = enough && !raw.durations().isEmpty() ? Percentiles.median(raw.durations()) : null;
        Duration p90 = enough && !raw.durations().isEmpty() ? Percentiles.p90(raw.durations()) : null;
        Integer percent = enough && raw.within() != null ? (int) Math.floorDiv(raw.within() * 100, raw.count()) : null;
        return new Cell(enough ? raw.count() : null, median, p90, percent);
    }

    /**
     * The categories of one month made public, with the second hidden cell when only one would be hidden.
     *
     * @param byCategory the raw figures of each category (in the order they are published)
     */
    public static <K> Map<K, Cell> publishRow(Map<K, Raw> byCategory) {
        Map<K, Cell> published = new java.util.LinkedHashMap<>();
        byCategory.forEach((key, raw) -> published.put(key, publish(raw)));
        List<K> hidden = published.entrySet().stream().filter(e -> e.getValue().count() == null).map(Map.Entry::getKey)
                .toList();
        if (hidden.size() == 1) {
            List<K> shown = new ArrayList<>(published.keySet());
            shown.removeAll(hidden);
            shown.stream().min(Comparator.comparingLong(key -> byCategory.get(key).count()))
                    .ifPresent(next -> published.put(next, Cell.HIDDEN));
        }
        return published;
    }

    /**
     * What the database gave for one month and category: a count, the sorted durations when the series measures time,
     * and how many of the counted met the SLA when it measures a share.
     */
    public record Raw(long count, List<Duration> durations, Long within) {

        public Raw {
            durations = List.copyOf(durations);
        }

        public static Raw count(long count) {
            return new Raw(count, List.of(), null);
        }

        public static Raw times(List<Duration> durations) {
            return new Raw(durations.size(), durations.stream().sorted().toList(), null);
        }

        public static Raw share(long count, long within) {
            return new Raw(count, List.of(), within);
        }

        /** Two months' or categories' figures together (the total of a month). */
        public Raw plus(Raw other) {
            List<Duration> both = new ArrayList<>(durations);
            both.addAll(other.durations);
            both.sort(null);
            Long sum = within == null && other.within == null ? null
                    : (within == null ? 0 : within) + (other.within == null ? 0 : other.within);
            return new Raw(count + other.count, both, sum);
        }
    }

    /**
     * A published figure: {@code count} null means "fewer than 5"; {@code median}, {@code p90} and {@code percent}
     * null mean not published (too few cases, or not what the series measures).
     */
    public record Cell(Long count, Duration median, Duration p90, Integer percent) {

        public static final Cell HIDDEN = new Cell(null, null, null, null);

        public boolean suppressed() {
            return count == null;
        }
    }
}
