package org.recourse.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.time.Duration;
import java.util.List;
import org.recourse.dashboard.Dashboard;
import org.recourse.dashboard.DashboardService;
import org.recourse.evidence.retention.EvidenceNumbers;
import org.recourse.operations.Backlogs;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.banks.PartnerBanks;
import org.recourse.screening.staydown.FloodGuard;

/**
 * Backs /staff/dashboard: the seven-day numbers, two charts (Chart.js configurations for p:chart) and the survivors'
 * fingerprints quarantined by the flood guard, and the partner banks flagged for too many rejected entries.
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    DashboardService dashboards;

    @Inject
    org.recourse.platform.web.Times times;

    @Inject
    FloodGuard floodGuard;

    @Inject
    PartnerBanks partners;

    @Inject
    RequestContext request;

    @Inject
    EvidenceNumbers evidence;

    @Inject
    Backlogs backlogs;

    private LegalTile legalTile;

    /**
     * What the law asks after removals, in numbers: records sealed, hotline reports filed, waiting and given up,
     * legal holds, and records past their retention (which should be zero: the purge runs hourly).
     */
    public record LegalTile(long sealed, long shredded, long filed, long pending, long failing, long dead,
            long holds, long purgesDue) {

        /** Whether anything needs someone: a report given up, or a purge that did not happen. */
        public boolean needsAttention() {
            return dead > 0 || purgesDue > 0;
        }
    }

    public LegalTile getLegalTile() {
        if (legalTile == null) {
            Backlogs.Backlog hotline = backlogs.hotlineReports();
            legalTile = new LegalTile(evidence.sealed(), evidence.shredded(), backlogs.hotlineReportsFiled(),
                    hotline.pending(), hotline.failing(), hotline.dead(), evidence.activeHolds(),
                    evidence.purgesDue());
        }
        return legalTile;
    }

    private List<PartnerBanks.Flagged> flaggedBanks;

    private Dashboard dashboard;
    private List<FloodGuard.Quarantine> quarantined;

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = dashboards.lastSevenDays();
        }
        return dashboard;
    }

    /** Survivors' fingerprints the flood guard quarantined, for supervisors to settle. */
    public List<FloodGuard.Quarantine> getQuarantined() {
        if (quarantined == null) {
            quarantined = floodGuard.quarantined();
        }
        return quarantined;
    }

    /** Partner banks whose reviewed entries are too often rejected, for supervisors to weigh their trust. */
    public List<PartnerBanks.Flagged> getFlaggedBanks() {
        if (flaggedBanks == null) {
            flaggedBanks = partners.flagged();
        }
        return flaggedBanks;
    }

    /** Cases received per day, as a bar chart. */
    public String getReceivedChart() {
        JsonArrayBuilder labels = JsonSupport.array();
        JsonArrayBuilder values = JsonSupport.array();
        getDashboard().days().forEach(day -> {
            labels.add(day(day.date()));
            values.add(day.received());
        });
        return chart("bar", labels, values, messages().get("staff.dashboard.received"), "#1d5b79");
    }

    /** Share decided within SLA by category, as a horizontal bar chart. */
    public String getSlaChart() {
        JsonArrayBuilder labels = JsonSupport.array();
        JsonArrayBuilder values = JsonSupport.array();
        getDashboard().categories().forEach(line -> {
            labels.add(messages().get("staff.category." + line.category().name()));
            values.add(Math.max(0, line.percentWithinSla()));
        });
        return chart("bar", labels, values, messages().get("staff.dashboard.withinSla"), "#2e7d32")
                .replaceFirst("\\{\"type\":\"bar\"", "{\"type\":\"bar\",\"options\":{\"indexAxis\":\"y\","
                        + "\"scales\":{\"x\":{\"min\":0,\"max\":100}}}");
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder values, String label,
            String colour) {
        return JsonSupport.object()
                .add("type", type)
                .add("data", JsonSupport.object()
                        .add("labels", labels)
                        .add("datasets", JsonSupport.array().add(JsonSupport.object()
                                .add("label", label).add("data", values).add("backgroundColor", colour))))
                .build().toString();
    }

    /** A moment on the reader's clock, and how long ago: "Dec 6, 2026, 3:02 PM CET (4 min ago)". */
    public String when(java.time.Instant instant) {
        return instant == null ? "" : times.at(instant) + " (" + times.ago(instant) + ")";
    }

    /** A day of the report (the dashboard counts whole UTC days) as the reader's language writes a date. */
    public String day(java.time.LocalDate date) {
        return date == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(messages().locale()).format(date);
    }

    public String duration(Duration duration) {
        return times.span(duration);
    }

    private Messages messages() {
        return request.messages();
    }
}
