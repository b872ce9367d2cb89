package org.recourse.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recourse.cases.Category;

/**
 * The public figures of the last {@link #MONTHS} months (UTC, the current month included), read from the database at
 * most once a {@link #FRESHNESS}: the page is public and unauthenticated, so however often it is asked, the database
 * sees one bounded set of aggregate queries a minute ({@code series × months} queries, each over one month).
 */
@ApplicationScoped
public class TransparencyService {

    public static final int MONTHS = 12;
    static final Duration FRESHNESS = Duration.ofMinutes(1);

    @Inject
    TransparencyRepository repository;

    @Inject
    Clock clock;

    private volatile Figures cached;

    /** The figures, at most a minute old. */
    public Figures figures() {
        Figures current = cached;
        if (current != null && fresh(current)) {
            return current;
        }
        return refresh();
    }

    private boolean fresh(Figures figures) {
        return clock.instant().isBefore(figures.computedAt().plus(FRESHNESS));
    }

    /** One reader at a time: requests that arrive while the figures are read wait for them instead of reading too. */
    private synchronized Figures refresh() {
        Figures current = cached;
        if (current != null && fresh(current)) {
            return current;
        }
        cached = compute(PublishedSeries.ALL);
        return cached;
    }

    /** Reads the given series now, without the cache (for tests that generate cases and compare at once). */
    public Figures compute(List<Series> series) {
        Instant now = clock.instant();
        YearMonth last = YearMonth.from(now.atZone(ZoneOffset.UTC));
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        List<Figures.SeriesFigures> all = new ArrayList<>();
        for (Series one : series) {
            List<Figures.MonthFigures> perMonth = new ArrayList<>();
            for (YearMonth month : months) {
                perMonth.add(month(one, month));
            }
            all.add(new Figures.SeriesFigures(one, perMonth));
        }
        return new Figures(now, months, all);
    }

    private Figures.MonthFigures month(Series series, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<Category, Suppression.Raw> found = repository.month(series, from, to);
        Map<Category, Suppression.Raw> row = new LinkedHashMap<>();
        Suppression.Raw total = empty(series);
        for (Category category : Category.values()) {
            Suppression.Raw raw = found.getOrDefault(category, empty(series));
            row.put(category, raw);
            total = total.plus(raw);
        }
        Map<Category, Suppression.Cell> cells = new EnumMap<>(Category.class);
        cells.putAll(Suppression.publishRow(row));
        return new Figures.MonthFigures(month, cells, Suppression.publish(total));
    }

    private static Suppression.Raw empty(Series series) {
        return series.kind() == Series.Kind.SHARE ? Suppression.Raw.share(0, 0) : Suppression.Raw.count(0);
    }
}
