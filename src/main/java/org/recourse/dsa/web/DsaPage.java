package org.recourse.dsa.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recourse.dsa.DsaAdmin;
import org.recourse.dsa.DsaSettings;
import org.recourse.platform.web.RequestContext;

/**
 * Backs /staff/admin/dsa: whether statements go to the EU transparency database and where (never the token), the
 * counts, the submissions waiting, and the dead letters with why and "send again".
 */
@Named
@ViewScoped
public class DsaPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    transient DsaAdmin admin;

    @Inject
    transient DsaSettings settings;

    @Inject
    RequestContext request;

    private String message;

    public boolean isEnabled() {
        return settings.enabled();
    }

    public boolean isProduction() {
        return settings.isProduction();
    }

    public String getAddress() {
        return settings.statementsUrl().map(Object::toString).orElse("");
    }

    /** "Waiting: 3. Accepted: 150. Given up: 1." in the page's language. */
    public String getCountsText() {
        DsaAdmin.Counts counts = admin.counts();
        return request.messages().get("staff.dsa.counts", counts.pending(), counts.sent(), counts.dead());
    }

    public List<DsaAdmin.Row> getWaiting() {
        return admin.waiting(SHOWN);
    }

    public List<DsaAdmin.Row> getDead() {
        return admin.dead(SHOWN);
    }

    public void retry(long id) {
        message = request.messages().get(admin.retry(id, request.staffName()) ? "staff.dsa.retried"
                : "staff.dsa.notRetried");
    }

    public String getMessage() {
        return message;
    }
}
