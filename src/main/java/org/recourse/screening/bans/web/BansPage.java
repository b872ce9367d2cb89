package org.recourse.screening.bans.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.bans.UploaderBan;
import org.recourse.screening.bans.UploaderBans;

/** Backs /staff/supervise/bans: supervisors see every ban and lift one, saying why (audited, told to the platform). */
@Named
@ViewScoped
public class BansPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestContext context;

    @Inject
    transient UploaderBans bans;

    private String reason;
    private String message;
    private String error;

    public List<UploaderBan> getBans() {
        return bans.list(500);
    }

    public void lift(long id) {
        Messages messages = context.messages();
        try {
            boolean lifted = bans.lift(id, context.staffName(), reason);
            message = lifted ? messages.get("staff.bans.lifted") : null;
            error = lifted ? null : messages.get("staff.bans.error.notActive");
            reason = lifted ? null : reason;
        } catch (IllegalArgumentException e) {
            error = messages.get("staff.bans.error.reason");
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMessage() {
        return message;
    }

    public String getError() {
        return error;
    }
}
