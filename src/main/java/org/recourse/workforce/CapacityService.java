package org.recourse.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recourse.cases.Category;
import org.recourse.cases.SlaPolicy;

/** The capacity forecast of the coming week, from the cases' history and the settings; as rows and as CSV. */
@ApplicationScoped
public class CapacityService {

    @Inject
    CapacityRepository history;

    @Inject
    WorkforceSettings settings;

    @Inject
    SlaPolicy sla;

    @Inject
    Clock clock;

    /** The forecast, with what it was computed from. */
    public record Forecast(LocalDate first, int historyWeeks, double target, Map<Category, Duration> meanHandling,
            Map<Category, Duration> windows, List<ShiftForecast> shifts) {
    }

    /** The seven days from tomorrow (in the staff's time zone), learned from the weeks up to now. */
    @Transactional
    public Forecast coming() {
        Instant now = clock.instant();
        int weeks = settings.historyWeeks();
        Instant from = now.minus(Duration.ofDays(7L * weeks));
        Map<Category, Duration> handling = meanHandling(history.handlingTimes(from, now));
        CapacityHistory learned = new CapacityHistory(now, weeks, history.arrivals(from, now), handling);
        LocalDate first = now.atZone(settings.zone()).toLocalDate().plusDays(1);
        List<ShiftForecast> shifts = new CapacityForecast(settings.shifts(), sla, settings.target())
                .week(first, learned, settings.roster());
        Map<Category, Duration> windows = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            windows.put(category, sla.reviewWindow(category, false));
        }
        return new Forecast(first, weeks, settings.target(), handling, windows, shifts);
    }

    /** The mean per category; a category with fewer closed cases than the setting asks uses the default. */
    Map<Category, Duration> meanHandling(Map<Category, List<Duration>> samples) {
        Map<Category, Duration> means = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            List<Duration> times = samples.getOrDefault(category, List.of());
            means.put(category, times.size() < settings.minSamples() ? settings.defaultHandling()
                    : Duration.ofNanos(Math.max(1, (long) times.stream().mapToLong(Duration::toNanos).average()
                            .orElse(0))));
        }
        return means;
    }

    /**
     * One line per shift and category and one for the shift as a whole ("all"): expected cases, the peak hour's
     * arrivals, reviewers needed, roster and breaches expected with it. Figures with two decimals, a dot, no locale.
     */
    public static String csv(Forecast forecast) {
        StringBuilder csv = new StringBuilder("date,shift,start,end,category,expected_cases,peak_arrivals_per_hour,"
                + "mean_handling_minutes,review_window_minutes,reviewers_needed,roster,expected_breaches\n");
        for (ShiftForecast shift : forecast.shifts()) {
            String prefix = shift.shift().date() + "," + (shift.shift().index() + 1) + ","
                    + shift.shift().start().toOffsetDateTime() + "," + shift.shift().end().toOffsetDateTime() + ",";
            for (Category category : Category.values()) {
                ShiftForecast.Line line = shift.categories().get(category);
                csv.append(prefix).append(category.code()).append(',').append(number(line.expectedCases())).append(',')
                        .append(number(line.peakArrivalsPerHour())).append(',')
                        .append(number(forecast.meanHandling().get(category).toSeconds() / 60.0)).append(',')
                        .append(forecast.windows().get(category).toMinutes()).append(',')
                        .append(line.reviewersNeeded()).append(",,").append(number(line.expectedBreaches()))
                        .append('\n');
            }
            csv.append(prefix).append("all,").append(number(shift.expectedCases())).append(",,,,")
                    .append(shift.reviewersNeeded()).append(',').append(shift.roster()).append(',')
                    .append(number(shift.expectedBreaches())).append('\n');
        }
        return csv.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
