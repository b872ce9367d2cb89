package org.recourse.screening.bans.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.Reviewer;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.bans.SanctionRefusedException;
import org.recourse.screening.bans.Sanctions;
import org.recourse.screening.bans.UploaderBan;
import org.recourse.screening.bans.UploaderBans;
import org.recourse.screening.bans.UploaderStrike;

/**
 * Backs the case page's "uploaders" section: each uploader the platform named for the case's items, banned or not,
 * their strikes; a supervisor bans or lifts a ban from here with a written reason. The service refuses anyone else.
 */
@Named
@ViewScoped
public class CaseSanctions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One uploader of the case, as the section shows them. */
    public record UploaderLine(String uploaderId, UploaderBan ban, int strikes) {

        public boolean isBanned() {
            return ban != null;
        }
    }

    @Inject
    RequestContext context;

    @Inject
    transient Sanctions sanctions;

    @Inject
    transient UploaderBans bans;

    private final Map<String, String> reasons = new HashMap<>();
    private String message;
    private String error;

    public List<UploaderLine> uploaders(Long caseId) {
        if (caseId == null) {
            return List.of();
        }
        List<String> uploaders = sanctions.uploadersOf(caseId);
        List<UploaderStrike> strikes = sanctions.strikesOf(uploaders);
        return uploaders.stream().map(uploader -> new UploaderLine(uploader,
                sanctions.activeBan(uploader).orElse(null),
                // A strike withdrawn because an appeal reversed its removal no longer counts, so it is not shown.
                (int) strikes.stream().filter(s -> s.uploaderId().equals(uploader) && s.counts()).count())).toList();
    }

    public boolean isSupervisor() {
        return reviewer().isSupervisor();
    }

    public void ban(Long caseId, String uploader) {
        act(() -> {
            requireUploaderOf(caseId, uploader);
            bans.banByHand(uploader, reasons.get(uploader), CaseNumbers.format(caseId), reviewer());
            return "staff.bans.banned";
        }, uploader);
    }

    public void lift(Long caseId, String uploader) {
        act(() -> {
            requireUploaderOf(caseId, uploader);
            UploaderBan ban = sanctions.activeBan(uploader)
                    .orElseThrow(() -> new SanctionRefusedException("staff.bans.error.notActive"));
            bans.lift(ban.id(), reviewer(), reasons.get(uploader));
            return "staff.bans.lifted";
        }, uploader);
    }

    /** A page posted with another case's uploader is refused: the case number kept with the ban must be true. */
    private void requireUploaderOf(Long caseId, String uploader) {
        if (caseId == null || !sanctions.uploadersOf(caseId).contains(uploader)) {
            throw new SanctionRefusedException("staff.bans.error.uploader");
        }
    }

    private void act(java.util.function.Supplier<String> action, String uploader) {
        try {
            message = context.messages().get(action.get());
            error = null;
            reasons.remove(uploader);
        } catch (SanctionRefusedException e) {
            error = context.messages().get(e.messageKey());
            message = null;
        }
    }

    private Reviewer reviewer() {
        return Reviewer.of(context.staffName(), context::hasRole);
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public String getMessage() {
        return message;
    }

    public String getError() {
        return error;
    }
}
