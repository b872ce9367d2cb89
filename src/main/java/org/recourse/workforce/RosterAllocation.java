package org.recourse.workforce;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.recourse.cases.Category;

/**
 * How a roster is best spread over the categories' queues in one hour, and the breaches that remain: a category
 * whose reviewers cannot keep up with its arrivals (c ≤ a) is counted as breaching every case of the hour (its queue
 * only grows); otherwise its breaches are arrivals × P(wait &gt; window). The spread is the one with the fewest
 * breaches in all (exact, by dynamic programming over the categories: a greedy spread can starve a large queue that
 * needs several reviewers before any of them helps).
 */
final class RosterAllocation {

    /** Reviewers past the point where a category's breaches fall below this many cases change nothing worth counting. */
    private static final double NEGLIGIBLE = 1e-9;

    private RosterAllocation() {
    }

    static Map<Category, Double> allocate(int roster, Map<Category, Double> arrivals, CapacityHistory history,
            Function<Category, Duration> window) {
        List<Category> categories = new ArrayList<>(arrivals.keySet());
        // breaches.get(k)[c]: category k's breaches with c reviewers, c up to where more no longer matter
        List<double[]> breaches = new ArrayList<>();
        for (Category category : categories) {
            breaches.add(curve(roster, arrivals.get(category), history.meanHandling(category), window.apply(category)));
        }
        int n = categories.size();
        double[][] best = new double[n + 1][roster + 1];
        int[][] choice = new int[n + 1][roster + 1];
        for (int k = 1; k <= n; k++) {
            double[] curve = breaches.get(k - 1);
            for (int r = 0; r <= roster; r++) {
                best[k][r] = Double.POSITIVE_INFINITY;
                for (int c = 0; c <= Math.min(r, curve.length - 1); c++) {
                    double total = best[k - 1][r - c] + curve[c];
                    if (total < best[k][r] - 1e-15) {
                        best[k][r] = total;
                        choice[k][r] = c;
                    }
                }
            }
        }
        EnumMap<Category, Double> result = new EnumMap<>(Category.class);
        int left = roster;
        for (int k = n; k >= 1; k--) {
            int c = choice[k][left];
            result.put(categories.get(k - 1), breaches.get(k - 1)[c]);
            left -= c;
        }
        return result;
    }

    /** A category's breaches for 0, 1, 2 ... reviewers, stopping at the roster or once they are negligible. */
    private static double[] curve(int roster, double arrivals, Duration meanHandling, Duration window) {
        List<Double> values = new ArrayList<>();
        for (int c = 0; c <= roster; c++) {
            double value = breaches(c, arrivals, meanHandling, window);
            values.add(value);
            if (value < NEGLIGIBLE) {
                break;
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double breaches(int reviewers, double arrivals, Duration meanHandling, Duration window) {
        if (arrivals <= 0) {
            return 0;
        }
        if (reviewers <= ErlangC.load(arrivals, meanHandling)) {
            return arrivals;
        }
        return arrivals * ErlangC.probabilityWaitingLongerThan(reviewers, arrivals, meanHandling, window);
    }
}
