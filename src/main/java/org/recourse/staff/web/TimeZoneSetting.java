package org.recourse.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import org.recourse.platform.web.RequestContext;
import org.recourse.staff.StaffService;

/**
 * Backs the "time zone" form of the staff member's settings (/staff/setup/ once set up): their own zone for every
 * time of the workspace, or none to follow the browser. Works without JavaScript.
 */
@Named
@RequestScoped
public class TimeZoneSetting {

    /** Region ids only ("Europe/Paris"), sorted: the list a person picks from. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted().toList();

    @Inject
    StaffService staff;

    @Inject
    RequestContext request;

    private String zone;
    private String message;

    public String getZone() {
        if (zone == null) {
            zone = staff.find(request.staffName()).flatMap(account -> account.timeZone()).orElse("");
        }
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public void save() {
        try {
            staff.chooseTimeZone(request.staffName(), zone);
            message = request.messages().get("staff.settings.timeZone.saved");
        } catch (IllegalArgumentException e) {
            message = request.messages().get("staff.settings.timeZone.unknown");
        }
    }

    public List<String> getZones() {
        return ZONES;
    }

    public String getMessage() {
        return message;
    }
}
