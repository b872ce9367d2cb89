package org.recourse.workforce;

import java.time.Duration;

/**
 * The Erlang C queue (M/M/c): arrivals at rate λ as a Poisson process, exponential handling times of mean 1/μ, c
 * reviewers serving one first-in-first-out queue, nobody abandoning. Pure arithmetic, no state.
 *
 * <p>The probability that a case waits at all is computed from Erlang B by its recursion
 * {@code B(0) = 1, B(k) = a·B(k-1) / (k + a·B(k-1))} (a = λ/μ, the offered load in erlangs), then
 * {@code C = c·B / (c - a·(1 - B))}: no factorials or powers, so it stays exact for thousands of reviewers where the
 * textbook sum overflows.
 */
public final class ErlangC {

    /** More than any team: a load that needs more is reported as not coverable. */
    public static final int MAX_REVIEWERS = 10_000;

    private ErlangC() {
    }

    /** The offered load in erlangs: arrivals per hour times the mean handling time in hours. */
    public static double load(double arrivalsPerHour, Duration meanHandling) {
        return arrivalsPerHour * hours(meanHandling);
    }

    /** Erlang B: the blocking probability of c servers under load a (the recursion, stable for any c). */
    public static double erlangB(int reviewers, double load) {
        requireValid(reviewers, load);
        double b = 1.0;
        for (int k = 1; k <= reviewers; k++) {
            b = load * b / (k + load * b);
        }
        return b;
    }

    /** The probability that a case waits at all; 1 when the reviewers cannot keep up (c ≤ a). */
    public static double probabilityOfWaiting(int reviewers, double load) {
        requireValid(reviewers, load);
        if (load == 0) {
            return 0;
        }
        if (reviewers <= load) {
            return 1;
        }
        double b = erlangB(reviewers, load);
        return reviewers * b / (reviewers - load * (1 - b));
    }

    /** P(wait &gt; t) = C · e^(-(c - a)·t/h): the share of cases that wait longer than {@code limit}. */
    public static double probabilityWaitingLongerThan(int reviewers, double arrivalsPerHour, Duration meanHandling,
            Duration limit) {
        double load = load(arrivalsPerHour, meanHandling);
        double waiting = probabilityOfWaiting(reviewers, load);
        if (waiting >= 1 || waiting == 0) {
            return waiting;
        }
        return waiting * Math.exp(-(reviewers - load) * hours(limit) / hours(meanHandling));
    }

    /** The service level: the share of cases whose wait is at most {@code limit}. */
    public static double serviceLevel(int reviewers, double arrivalsPerHour, Duration meanHandling, Duration limit) {
        return 1 - probabilityWaitingLongerThan(reviewers, arrivalsPerHour, meanHandling, limit);
    }

    /** The mean wait in hours (ASA): C / (cμ - λ); infinite when the reviewers cannot keep up. */
    public static double meanWaitHours(int reviewers, double arrivalsPerHour, Duration meanHandling) {
        double load = load(arrivalsPerHour, meanHandling);
        if (load > 0 && reviewers <= load) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting(reviewers, load) * hours(meanHandling) / (reviewers - load);
    }

    /**
     * The fewest reviewers for whom at most {@code target} of the cases wait longer than {@code limit}: 0 without
     * arrivals; {@link #MAX_REVIEWERS} + 1 when even that many are not enough.
     */
    public static int reviewersNeeded(double arrivalsPerHour, Duration meanHandling, Duration limit, double target) {
        if (target <= 0 || target >= 1) {
            throw new IllegalArgumentException("The target must be between 0 and 1, not " + target + ".");
        }
        if (arrivalsPerHour <= 0) {
            return 0;
        }
        int reviewers = Math.max(1, (int) Math.floor(load(arrivalsPerHour, meanHandling)) + 1);
        while (reviewers <= MAX_REVIEWERS) {
            if (probabilityWaitingLongerThan(reviewers, arrivalsPerHour, meanHandling, limit) <= target) {
                return reviewers;
            }
            reviewers++;
        }
        return MAX_REVIEWERS + 1;
    }

    private static double hours(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A duration must not be negative, not " + duration + ".");
        }
        return duration.toNanos() / 3_600_000_000_000.0;
    }

    private static void requireValid(int reviewers, double load) {
        if (reviewers < 0 || load < 0 || Double.isNaN(load) || Double.isInfinite(load)) {
            throw new IllegalArgumentException("Reviewers and load must be finite and not negative.");
        }
    }
}
