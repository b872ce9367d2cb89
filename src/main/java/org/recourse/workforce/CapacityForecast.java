package org.recourse.workforce;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.recourse.cases.Category;
import org.recourse.cases.SlaPolicy;

/**
 * The forecast for each shift of the coming week, hour by hour: a category's arrivals in an hour are the mean of the
 * same hour of the same weekday over the history's weeks; each category is its own first-in-first-out queue (Erlang
 * C, {@link ErlangC}) that must keep the share of cases waiting longer than the category's review window at or under
 * the target. A shift needs what its busiest hour needs; with the roster, the reviewers go where they prevent the
 * fewest breaches in all ({@link RosterAllocation}). Each hour is taken as a steady state of its own: a backlog left
 * by one hour is not carried into the next (docs/workforce.md).
 */
public final class CapacityForecast {

    private final ShiftPlan shifts;
    private final SlaPolicy sla;
    private final double target;

    public CapacityForecast(ShiftPlan shifts, SlaPolicy sla, double target) {
        this.shifts = Objects.requireNonNull(shifts, "Shifts are required.");
        this.sla = Objects.requireNonNull(sla, "The review windows are required.");
        if (target <= 0 || target >= 1) {
            throw new IllegalArgumentException("The target must be between 0 and 1, not " + target + ".");
        }
        this.target = target;
    }

    /** Every shift of the seven days from {@code first}, with the roster per shift of the day. */
    public List<ShiftForecast> week(LocalDate first, CapacityHistory history, List<Integer> roster) {
        if (roster.size() != shifts.perDay()) {
            throw new IllegalArgumentException("One roster figure per shift of the day: " + shifts.perDay() + ".");
        }
        Map<Instant, EnumMap<Category, Integer>> byHour = bucket(history);
        return shifts.occurrences(first, 7).stream()
                .map(shift -> forecast(shift, history, byHour, roster.get(shift.index()))).toList();
    }

    private Map<Instant, EnumMap<Category, Integer>> bucket(CapacityHistory history) {
        Map<Instant, EnumMap<Category, Integer>> byHour = new HashMap<>();
        for (CapacityHistory.Arrival arrival : history.arrivals()) {
            Instant hour = arrival.openedAt().atZone(shifts.zone()).truncatedTo(ChronoUnit.HOURS).toInstant();
            byHour.computeIfAbsent(hour, h -> new EnumMap<>(Category.class)).merge(arrival.category(), 1, Integer::sum);
        }
        return byHour;
    }

    private ShiftForecast forecast(ShiftPlan.Occurrence shift, CapacityHistory history,
            Map<Instant, EnumMap<Category, Integer>> byHour, int roster) {
        EnumMap<Category, double[]> totals = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            totals.put(category, new double[4]); // cases, peak arrivals, peak reviewers, breaches
        }
        int needed = 0;
        for (ZonedDateTime hour : shift.hours()) {
            EnumMap<Category, Double> arrivals = arrivalsIn(hour, history, byHour);
            int neededThisHour = 0;
            for (Category category : Category.values()) {
                double lambda = arrivals.get(category);
                int reviewers = ErlangC.reviewersNeeded(lambda, history.meanHandling(category), window(category), target);
                neededThisHour += reviewers;
                double[] line = totals.get(category);
                line[0] += lambda;
                line[1] = Math.max(line[1], lambda);
                line[2] = Math.max(line[2], reviewers);
            }
            needed = Math.max(needed, neededThisHour);
            RosterAllocation.allocate(roster, arrivals, history, this::window)
                    .forEach((category, breaches) -> totals.get(category)[3] += breaches);
        }
        Map<Category, ShiftForecast.Line> lines = new EnumMap<>(Category.class);
        double cases = 0;
        double breaches = 0;
        for (Map.Entry<Category, double[]> entry : totals.entrySet()) {
            double[] line = entry.getValue();
            lines.put(entry.getKey(), new ShiftForecast.Line(line[0], line[1], (int) line[2], line[3]));
            cases += line[0];
            breaches += line[3];
        }
        return new ShiftForecast(shift, cases, needed, roster, breaches, lines);
    }

    /** Each category's expected arrivals in this hour: the same hour of the same weekday, over the weeks there are. */
    private EnumMap<Category, Double> arrivalsIn(ZonedDateTime hour, CapacityHistory history,
            Map<Instant, EnumMap<Category, Integer>> byHour) {
        Instant from = history.until().minus(Duration.ofDays(7L * history.weeks()));
        EnumMap<Category, Double> arrivals = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            arrivals.put(category, 0.0);
        }
        int weeks = 0;
        for (int back = 1; back <= history.weeks() + 1; back++) {
            Instant start = hour.minusWeeks(back).toInstant();
            if (start.isBefore(from) || start.plus(Duration.ofHours(1)).isAfter(history.until())) {
                continue;
            }
            weeks++;
            byHour.getOrDefault(start, new EnumMap<>(Category.class))
                    .forEach((category, count) -> arrivals.merge(category, (double) count, Double::sum));
        }
        if (weeks > 0) {
            for (Category category : Category.values()) {
                arrivals.put(category, arrivals.get(category) / weeks);
            }
        }
        return arrivals;
    }

    /** A category's review window (a self-report's shorter window is not modelled apart; see docs/workforce.md). */
    Duration window(Category category) {
        return sla.reviewWindow(category, false);
    }
}
