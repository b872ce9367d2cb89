package org.recourse.transparency.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.recourse.cases.Category;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.transparency.Figures;
import org.recourse.transparency.Series;
import org.recourse.transparency.Suppression;
import org.recourse.transparency.TransparencyService;

/**
 * Backs {@code /transparency}: the figures of one category (or all), chosen by a plain GET form, as a chart and a
 * table per series. An unknown category in the address means all categories.
 */
@Named
@RequestScoped
public class TransparencyPage {

    /** One row of a series' table. */
    public record Row(String month, String value, String median, String p90, String percent) {
    }

    /** One series as shown: its title, what it means, its chart and its rows. */
    public record SeriesView(String name, String title, String text, Series.Kind kind, String chart, List<Row> rows) {

        public boolean time() {
            return kind == Series.Kind.TIME;
        }

        public boolean share() {
            return kind == Series.Kind.SHARE;
        }
    }

    /** A choice of the category form. */
    public record Choice(String code, String label, boolean selected) {
    }

    @Inject
    TransparencyService transparency;

    @Inject
    RequestContext request;

    private Category category;
    private List<SeriesView> series;

    public void setCategory(String code) {
        this.category = code == null ? null : Category.fromCode(code).orElse(null);
    }

    public String getCategory() {
        return category == null ? "" : category.code();
    }

    public String getCategoryName() {
        Messages messages = request.messages();
        return category == null ? messages.get("transparency.category.all")
                : messages.get("transparency.category." + category.name());
    }

    public List<Choice> getChoices() {
        Messages messages = request.messages();
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", messages.get("transparency.category.all"), category == null));
        Arrays.stream(Category.values()).forEach(c -> choices.add(
                new Choice(c.code(), messages.get("transparency.category." + c.name()), c == category)));
        return choices;
    }

    public String getUpdated() {
        return request.messages().time(figures().computedAt());
    }

    public List<SeriesView> getSeries() {
        if (series == null) {
            series = figures().series().stream().map(this::view).toList();
        }
        return series;
    }

    private Figures figures() {
        return transparency.figures();
    }

    private SeriesView view(Figures.SeriesFigures figures) {
        Messages messages = request.messages();
        FigureText text = new FigureText(messages);
        String name = figures.series().name();
        String title = messages.get("transparency.series." + name + ".title");
        List<Row> rows = new ArrayList<>();
        List<SvgChart.Bar> bars = new ArrayList<>();
        for (Figures.MonthFigures month : figures.months()) {
            Suppression.Cell cell = month.of(category);
            String value = text.count(cell);
            rows.add(new Row(text.month(month.month()), value, text.time(cell.median()), text.time(cell.p90()),
                    text.percent(cell)));
            String label = text.shortMonth(month.month(), bars.isEmpty());
            bars.add(switch (figures.series().kind()) {
                case COUNT -> new SvgChart.Bar(label, cell.suppressed() ? null : cell.count().doubleValue(),
                        cell.suppressed() ? "< " + Suppression.THRESHOLD : value);
                case TIME -> new SvgChart.Bar(label, cell.median() == null ? null : (double) cell.median().toSeconds(),
                        cell.median() == null ? "–" : text.time(cell.median()));
                case SHARE -> new SvgChart.Bar(label, cell.percent() == null ? null : cell.percent().doubleValue(),
                        cell.percent() == null ? "–" : cell.percent() + "%");
            });
        }
        String chartTitle = messages.get("transparency.chart.title", title, getCategoryName());
        return new SeriesView(name, title, messages.get("transparency.series." + name + ".text"),
                figures.series().kind(), SvgChart.draw("chart-" + name, chartTitle, bars), rows);
    }
}
