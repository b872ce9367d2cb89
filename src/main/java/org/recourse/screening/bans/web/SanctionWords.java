package org.recourse.screening.bans.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.recourse.cases.SanctionRule;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.bans.UploaderBan;

/** Sanctions in the staff member's words: a rule of the policy, why a ban was given. */
@RequestScoped
public class SanctionWords {

    @Inject
    RequestContext context;

    /** "Banned at once.", "A strike; banned at 3 strikes within 365 days.", "Nothing: ...". */
    public String rule(SanctionRule rule) {
        return context.messages().get(rule.messageKey("sanction.rule."), rule.messageArguments());
    }

    /** Why a ban was given: by hand (and the supervisor's words), or the category and rule of the policy. */
    public String reasonOf(UploaderBan ban) {
        if (ban.byHand()) {
            return context.messages().get("staff.bans.byHand", ban.reason());
        }
        if (ban.category() == null) {
            return ban.reason();
        }
        String category = context.messages().get("staff.category." + ban.category().name());
        return ban.strikeNumber() == null ? context.messages().get("staff.bans.atOnce", category)
                : context.messages().get("staff.bans.atStrike", category, ban.strikeNumber(), ban.windowDays());
    }
}
