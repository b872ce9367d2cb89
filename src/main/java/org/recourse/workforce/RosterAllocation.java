package org.recourse.workforce;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.recourse.cases.Category;

/**
 * How a roster smaller than the need is best spread over the categories' queues in one hour, and the breaches that
 * remain: a category whose reviewers cannot keep up with its arrivals (c ≤ a) is counted as breaching every case of
 * the hour (its queue only grows); otherwise its breaches are arrivals × P(wait &gt; window). Reviewers go, a step at
 * a time, where a step prevents the most breaches per reviewer; a step is one reviewer, or as many as a category
 * needs to keep up at all.
 */
final class RosterAllocation {

    private RosterAllocation() {
    }

    static Map<Category, Double> allocate(int roster, Map<Category, Double> arrivals, CapacityHistory history,
            Function<Category, Duration> window) {
        EnumMap<Category, Integer> given = new EnumMap<>(Category.class);
        arrivals.keySet().forEach(category -> given.put(category, 0));
        int left = roster;
        while (left > 0) {
            Category best = null;
            int bestStep = 0;
            double bestRate = 1e-12;
            for (Category category : arrivals.keySet()) {
                double lambda = arrivals.get(category);
                if (lambda <= 0) {
                    continue;
                }
                int now = given.get(category);
                int keepUp = (int) Math.floor(ErlangC.load(lambda, history.meanHandling(category))) + 1;
                int step = Math.max(1, keepUp - now);
                if (step > left) {
                    continue;
                }
                double gain = breaches(now, lambda, history.meanHandling(category), window.apply(category))
                        - breaches(now + step, lambda, history.meanHandling(category), window.apply(category));
                if (gain / step > bestRate) {
                    best = category;
                    bestStep = step;
                    bestRate = gain / step;
                }
            }
            if (best == null) {
                break;
            }
            given.merge(best, bestStep, Integer::sum);
            left -= bestStep;
        }
        EnumMap<Category, Double> breaches = new EnumMap<>(Category.class);
        arrivals.forEach((category, lambda) -> breaches.put(category,
                breaches(given.get(category), lambda, history.meanHandling(category), window.apply(category))));
        return breaches;
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
