package org.recourse.transparency.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.recourse.cases.Category;
import org.recourse.transparency.Figures;
import org.recourse.transparency.Suppression;

/**
 * The figures as files: one line (CSV) or object (JSON) per series, month and category (code {@code all} for the
 * month's total). A count under the threshold is written {@value #FEWER}, as on the page; a time or share that is not
 * published is left empty (null). Times are in seconds.
 */
final class FiguresFile {

    static final String FEWER = "fewer than 5";

    private FiguresFile() {
    }

    static String csv(Figures figures) {
        StringBuilder csv = new StringBuilder("series,month,category,count,median_seconds,p90_seconds,percent\r\n");
        for (Figures.SeriesFigures series : figures.series()) {
            for (Figures.MonthFigures month : series.months()) {
                for (Category category : categories()) {
                    Suppression.Cell cell = month.of(category);
                    csv.append(series.series().name()).append(',').append(month.month()).append(',')
                            .append(code(category)).append(',').append(cell.suppressed() ? FEWER : cell.count())
                            .append(',').append(seconds(cell.median())).append(',').append(seconds(cell.p90()))
                            .append(',').append(cell.percent() == null ? "" : cell.percent()).append("\r\n");
                }
            }
        }
        return csv.toString();
    }

    static String json(Figures figures) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Figures.SeriesFigures series : figures.series()) {
            for (Figures.MonthFigures month : series.months()) {
                for (Category category : categories()) {
                    Suppression.Cell cell = month.of(category);
                    JsonObjectBuilder row = Json.createObjectBuilder().add("series", series.series().name())
                            .add("month", month.month().toString()).add("category", code(category));
                    if (cell.suppressed()) {
                        row.add("count", FEWER);
                    } else {
                        row.add("count", cell.count());
                    }
                    nullable(row, "medianSeconds", cell.median());
                    nullable(row, "p90Seconds", cell.p90());
                    if (cell.percent() == null) {
                        row.addNull("percent");
                    } else {
                        row.add("percent", cell.percent());
                    }
                    rows.add(row);
                }
            }
        }
        return Json.createObjectBuilder().add("computedAt", figures.computedAt().toString())
                .add("threshold", Suppression.THRESHOLD).add("figures", rows).build().toString();
    }

    private static void nullable(JsonObjectBuilder row, String name, Duration time) {
        if (time == null) {
            row.addNull(name);
        } else {
            row.add(name, time.toSeconds());
        }
    }

    private static List<Category> categories() {
        List<Category> all = new ArrayList<>();
        all.add(null);
        all.addAll(Arrays.asList(Category.values()));
        return all;
    }

    private static String code(Category category) {
        return category == null ? "all" : category.code();
    }

    private static String seconds(Duration time) {
        return time == null ? "" : Long.toString(time.toSeconds());
    }
}
