package org.recourse.transparency;

import java.time.Duration;
import java.util.List;

/**
 * Median and 90th percentile of durations by the nearest-rank rule: the value at rank ceil(p × n) of the sorted list.
 * Nearest rank always reports a time that one case really took (no averaging of two cases), which keeps the published
 * figure explainable in one sentence.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile (0 &lt; p ≤ 1) of a sorted, non-empty list. */
    public static Duration of(List<Duration> sorted, double p) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("No durations.");
        }
        if (p <= 0 || p > 1) {
            throw new IllegalArgumentException("A percentile is in (0, 1].");
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    public static Duration median(List<Duration> sorted) {
        return of(sorted, 0.5);
    }

    public static Duration p90(List<Duration> sorted) {
        return of(sorted, 0.9);
    }
}
