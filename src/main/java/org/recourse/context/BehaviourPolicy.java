package org.recourse.context;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How an uploader's signals are weighed: each kind has a weight, signals count only inside the window (the last
 * {@code window} before now), and a score at or above {@code flagAt} flags the uploader. A flag is cleared when the
 * score falls below it again, so a later crossing is a new one (and the platform is told again).
 */
public record BehaviourPolicy(Map<SignalKind, Integer> weights, Duration window, int flagAt) {

    public static final Duration MAX_WINDOW = Duration.ofDays(365);
    public static final int MAX_WEIGHT = 100;

    /** What a new score does to an uploader's flag. */
    public enum Move {
        /** The score crossed the threshold: flag, and tell the platform once. */
        FLAG,
        /** The score fell below the threshold: the flag is cleared. */
        CLEAR,
        /** Nothing changes. */
        STAY
    }

    public BehaviourPolicy {
        Objects.requireNonNull(window, "A window is required.");
        if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("The behaviour window runs from a second to 365 days, not " + window);
        }
        if (flagAt < 1) {
            throw new IllegalArgumentException("The flag threshold is at least 1, not " + flagAt);
        }
        EnumMap<SignalKind, Integer> all = new EnumMap<>(SignalKind.class);
        for (SignalKind kind : SignalKind.values()) {
            int weight = weights.getOrDefault(kind, 0);
            if (weight < 0 || weight > MAX_WEIGHT) {
                throw new IllegalArgumentException("A signal's weight runs from 0 to " + MAX_WEIGHT + ", not " + weight
                        + " for " + kind);
            }
            all.put(kind, weight);
        }
        weights = Map.copyOf(all);
    }

    /** The earliest moment a signal still counts at {@code now}. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** The weighted sum of these counts (kinds missing count 0); capped so that no count overflows it. */
    public int score(Map<SignalKind, Long> counts) {
        long score = 0;
        for (Map.Entry<SignalKind, Long> count : counts.entrySet()) {
            score += weights.get(count.getKey()) * Math.max(0, Math.min(count.getValue(), 1_000_000L));
        }
        return (int) Math.min(score, Integer.MAX_VALUE);
    }

    /** What a score does to a flag that is {@code flagged} now. */
    public Move move(boolean flagged, int score) {
        boolean over = score >= flagAt;
        if (over && !flagged) {
            return Move.FLAG;
        }
        return !over && flagged ? Move.CLEAR : Move.STAY;
    }

    /** The window in whole days, for the platform and the pages (at least 1). */
    public long windowDays() {
        return Math.max(1, window.toDays());
    }
}
