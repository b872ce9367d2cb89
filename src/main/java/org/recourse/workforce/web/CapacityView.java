package org.recourse.workforce.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.recourse.platform.web.RequestContext;
import org.recourse.workforce.CapacityService;
import org.recourse.workforce.ShiftForecast;

/** Backs the dashboard's capacity block ({@code WEB-INF/includes/workforce-dashboard.xhtml}): chart, table, model. */
@Named
@RequestScoped
public class CapacityView {

    @Inject
    CapacityService capacity;

    @Inject
    RequestContext context;

    private CapacityService.Forecast forecast;

    public CapacityService.Forecast getForecast() {
        if (forecast == null) {
            forecast = capacity.coming();
        }
        return forecast;
    }

    public List<ShiftForecast> getShifts() {
        return getForecast().shifts();
    }

    /** The week as an SVG drawn here, readable without JavaScript. */
    public String getChart() {
        List<ShiftForecast> shifts = getShifts();
        int perDay = shifts.isEmpty() ? 1 : (int) shifts.stream().filter(s -> s.shift().date().equals(
                shifts.get(0).shift().date())).count();
        List<String> days = shifts.stream().map(s -> s.shift().date()).distinct()
                .map(date -> date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale())).toList();
        return CapacityChart.draw("capacity-chart", context.messages().get("workforce.capacity.chartTitle"), shifts,
                days, perDay);
    }

    /** "Mon 7 Dec, 06:00–14:00" in the reader's language. */
    public String shiftLabel(ShiftForecast shift) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale());
        return shift.shift().date().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale()) + " "
                + shift.shift().date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()))
                + ", " + shift.shift().start().format(time) + "–" + shift.shift().end().format(time);
    }

    /** A figure with one decimal in the reader's language. */
    public String figure(double value) {
        return String.format(locale(), "%.1f", value);
    }

    /** The target as a percentage ("20 %"). */
    public String getTargetPercent() {
        return String.format(locale(), "%.0f %%", getForecast().target() * 100);
    }

    public long getShortShifts() {
        return getShifts().stream().filter(ShiftForecast::shortOfReviewers).count();
    }

    public String getExpectedBreaches() {
        return figure(getShifts().stream().mapToDouble(ShiftForecast::expectedBreaches).sum());
    }

    private Locale locale() {
        return context.language();
    }
}
