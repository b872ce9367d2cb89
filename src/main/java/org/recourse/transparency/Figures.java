package org.recourse.transparency;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.recourse.cases.Category;

/**
 * The published figures: for each series, for each month (oldest first), each category's cell and the month's total,
 * already through {@link Suppression}. Nothing here can name a single case.
 *
 * @param computedAt when the database was read (the page and the downloads say how old the figures are)
 */
public record Figures(Instant computedAt, List<YearMonth> months, List<SeriesFigures> series) {

    public Figures {
        Objects.requireNonNull(computedAt, "A time is required.");
        months = List.copyOf(months);
        series = List.copyOf(series);
    }

    /** One series' months. */
    public record SeriesFigures(Series series, List<MonthFigures> months) {

        public SeriesFigures {
            months = List.copyOf(months);
        }
    }

    /** One month of a series: each category (in {@link Category} order) and all together. */
    public record MonthFigures(YearMonth month, Map<Category, Suppression.Cell> byCategory, Suppression.Cell total) {

        public MonthFigures {
            byCategory = Map.copyOf(byCategory);
        }

        public Suppression.Cell of(Category category) {
            return category == null ? total : byCategory.get(category);
        }
    }
}
