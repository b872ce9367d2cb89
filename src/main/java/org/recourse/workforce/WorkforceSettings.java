package org.recourse.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of capacity and wellbeing (docs/workforce.md lists each with its default and why). A malformed value
 * fails the page that needs it with the setting's name, never silently.
 */
@ApplicationScoped
public class WorkforceSettings {

    @Inject
    @ConfigProperty(name = "recourse.staff.time-zone", defaultValue = "UTC")
    String zone;

    @Inject
    @ConfigProperty(name = "recourse.capacity.shifts", defaultValue = "06:00,14:00,22:00")
    String shifts;

    @Inject
    @ConfigProperty(name = "recourse.capacity.roster", defaultValue = "3,3,2")
    String roster;

    @Inject
    @ConfigProperty(name = "recourse.capacity.history-weeks", defaultValue = "4")
    int historyWeeks;

    @Inject
    @ConfigProperty(name = "recourse.capacity.target", defaultValue = "0.2")
    double target;

    @Inject
    @ConfigProperty(name = "recourse.capacity.default-handling", defaultValue = "PT10M")
    String defaultHandling;

    @Inject
    @ConfigProperty(name = "recourse.capacity.min-samples", defaultValue = "5")
    int minSamples;

    @Inject
    @ConfigProperty(name = "recourse.wellbeing.daily-cap", defaultValue = "PT2H")
    String dailyCap;

    @Inject
    @ConfigProperty(name = "recourse.wellbeing.stretch", defaultValue = "PT45M")
    String stretch;

    @Inject
    @ConfigProperty(name = "recourse.wellbeing.break", defaultValue = "PT15M")
    String breakLength;

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public ShiftPlan shifts() {
        return ShiftPlan.parse(shifts, zone());
    }

    /** Today's roster, one figure per shift of the day (a single figure serves every shift). */
    public List<Integer> roster() {
        List<Integer> figures = Arrays.stream(roster.split(",")).map(String::strip).map(Integer::valueOf).toList();
        int perDay = shifts().perDay();
        if (figures.size() == 1) {
            return java.util.Collections.nCopies(perDay, figures.get(0));
        }
        if (figures.size() != perDay || figures.stream().anyMatch(n -> n < 0)) {
            throw new IllegalStateException("recourse.capacity.roster needs " + perDay + " figures of 0 or more.");
        }
        return figures;
    }

    public int historyWeeks() {
        return Math.max(1, Math.min(historyWeeks, 52));
    }

    /** The highest share of cases allowed to wait longer than their review window. */
    public double target() {
        return target;
    }

    public Duration defaultHandling() {
        return Duration.parse(defaultHandling);
    }

    public int minSamples() {
        return Math.max(1, minSamples);
    }

    public WellbeingRules rules() {
        return new WellbeingRules(Duration.parse(dailyCap), Duration.parse(stretch), Duration.parse(breakLength));
    }
}
