package org.recourse.dashboard;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.recourse.cases.Category;

/**
 * Seven days of work in numbers. A case counts on the day it was opened; "decided" means closed, and its time to
 * decision runs from opening to closing; "within SLA" means closed by its review-due time.
 */
public record Dashboard(LocalDate from, LocalDate to, List<Day> days, List<CategoryLine> categories, CategoryLine total)
        implements Serializable {

    /** Cases received on one day (UTC). */
    public record Day(LocalDate date, long received) implements Serializable {
    }

    /** One category's numbers; {@code medianToDecision} is null when nothing was decided. */
    public record CategoryLine(Category category, long received, long decided, Duration medianToDecision,
            long decidedWithinSla) implements Serializable {

        /** Share of decided cases decided within SLA, 0 to 100, or -1 when nothing was decided. */
        public int percentWithinSla() {
            return decided == 0 ? -1 : (int) Math.round(100.0 * decidedWithinSla / decided);
        }
    }
}
