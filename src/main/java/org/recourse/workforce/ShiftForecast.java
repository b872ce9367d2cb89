package org.recourse.workforce;

import java.util.Map;
import org.recourse.cases.Category;

/**
 * One shift of the coming week: the cases expected, the reviewers needed to meet every category's review window at
 * the shift's busiest hour, today's roster for that shift and the cases expected to wait past their window with it.
 */
public record ShiftForecast(ShiftPlan.Occurrence shift, double expectedCases, int reviewersNeeded, int roster,
        double expectedBreaches, Map<Category, Line> categories) {

    /** One category's share: cases expected, reviewers it needs at its busiest hour, breaches with the roster. */
    public record Line(double expectedCases, double peakArrivalsPerHour, int reviewersNeeded, double expectedBreaches) {
    }

    public ShiftForecast {
        categories = Map.copyOf(categories);
    }

    /** Whether today's roster falls short of what the shift needs. */
    public boolean shortOfReviewers() {
        return roster < reviewersNeeded;
    }
}
