package org.recourse.workforce.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.recourse.platform.web.RequestContext;
import org.recourse.platform.web.Times;
import org.recourse.triage.ImageryLimit;
import org.recourse.workforce.ExposureDay;
import org.recourse.workforce.ExposureService;
import org.recourse.workforce.WellbeingRules;

/**
 * The words on the queue and the case page when a limit on exposure applies to the signed-in reviewer
 * ({@code WEB-INF/includes/wellbeing-banner.xhtml}): the same rule "take next" asks, said in words.
 */
@Named
@RequestScoped
public class WellbeingBanner {

    @Inject
    ExposureService exposure;

    @Inject
    RequestContext context;

    @Inject
    Times times;

    private ExposureDay today;

    public ExposureDay getToday() {
        if (today == null) {
            today = exposure.today(context.staffName());
        }
        return today;
    }

    public ImageryLimit getLimit() {
        return exposure.rules().limit(getToday());
    }

    public boolean isLimited() {
        return !getLimit().imageryAllowed();
    }

    /** What the limit means for this reviewer now, in the page's language. */
    public String getWords() {
        WellbeingRules rules = exposure.rules();
        return switch (getLimit()) {
            case DAILY_CAP -> context.messages().get("workforce.limit.dailyCap", getToday().minutes(),
                    rules.dailyCap().toMinutes());
            case BREAK_DUE -> {
                Instant over = rules.breakOverAt(getToday());
                yield context.messages().get("workforce.limit.breakDue", getToday().stretch().toMinutes(),
                        rules.breakLength().toMinutes(), times.at(over));
            }
            case NONE -> "";
        };
    }
}
