package org.recourse.workforce.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.recourse.platform.web.RequestContext;
import org.recourse.workforce.ExposureService;
import org.recourse.workforce.TeamExposure;

/**
 * The team's exposure today for supervisors, on the dashboard: totals and how the minutes are spread, never a name,
 * a case or an item (a reviewer's own figures are theirs, on their wellbeing page).
 */
@Named
@RequestScoped
public class TeamExposureView {

    @Inject
    ExposureService exposure;

    @Inject
    RequestContext context;

    private TeamExposure team;

    public boolean isShown() {
        return context.hasRole("SUPERVISOR");
    }

    public TeamExposure getTeam() {
        if (team == null) {
            team = exposure.team();
        }
        return team;
    }

    public long getCapMinutes() {
        return exposure.rules().dailyCap().toMinutes();
    }

    /** "0–30 min", "120 min or more". */
    public String band(TeamExposure.Band band) {
        return band.toMinutes() < 0 ? context.messages().get("workforce.team.bandOver", band.fromMinutes())
                : context.messages().get("workforce.team.band", band.fromMinutes(), band.toMinutes());
    }
}
