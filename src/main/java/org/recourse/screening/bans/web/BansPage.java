package org.recourse.screening.bans.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.recourse.cases.Category;
import org.recourse.cases.Reviewer;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.bans.SanctionRefusedException;
import org.recourse.screening.bans.Sanctions;
import org.recourse.screening.bans.UploaderBan;
import org.recourse.screening.bans.UploaderBans;

/**
 * Backs /staff/supervise/bans: the strike policy in words, every ban with its reasons, a ban by hand and the lift of
 * one, each with a written reason (audited, told to the platform).
 */
@Named
@ViewScoped
public class BansPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the policy table, in the reader's language. */
    public record PolicyLine(String code, String category, String rule) {
    }

    @Inject
    RequestContext context;

    @Inject
    transient UploaderBans bans;

    @Inject
    transient Sanctions sanctions;

    @Inject
    transient SanctionWords words;

    private String reason;
    private String uploader;
    private String banReason;
    private String message;
    private String error;

    public List<PolicyLine> getPolicy() {
        return Arrays.stream(Category.values()).map(category -> new PolicyLine(category.code(),
                context.messages().get("staff.category." + category.name()),
                words.rule(sanctions.policy().ruleFor(category)))).toList();
    }

    public List<UploaderBan> getBans() {
        return bans.list(500);
    }

    /** Why a ban was given, in words. */
    public String reasonOf(UploaderBan ban) {
        return words.reasonOf(ban);
    }

    public void ban() {
        try {
            bans.banByHand(uploader, banReason, null, reviewer());
            message = context.messages().get("staff.bans.banned");
            error = null;
            uploader = null;
            banReason = null;
        } catch (SanctionRefusedException e) {
            error = context.messages().get(e.messageKey());
            message = null;
        }
    }

    public void lift(long id) {
        try {
            boolean lifted = bans.lift(id, reviewer(), reason);
            message = lifted ? context.messages().get("staff.bans.lifted") : null;
            error = lifted ? null : context.messages().get("staff.bans.error.notActive");
            reason = lifted ? null : reason;
        } catch (SanctionRefusedException e) {
            error = context.messages().get(e.messageKey());
            message = null;
        }
    }

    private Reviewer reviewer() {
        return Reviewer.of(context.staffName(), context::hasRole);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getUploader() {
        return uploader;
    }

    public void setUploader(String uploader) {
        this.uploader = uploader;
    }

    public String getBanReason() {
        return banReason;
    }

    public void setBanReason(String banReason) {
        this.banReason = banReason;
    }

    public String getMessage() {
        return message;
    }

    public String getError() {
        return error;
    }
}
