package org.recourse.lookup.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.intake.InvalidReferenceException;
import org.recourse.intake.web.FormErrors;
import org.recourse.lookup.LookupGuard;
import org.recourse.lookup.LookupResult;
import org.recourse.lookup.ReportStatus;
import org.recourse.lookup.StatusLookup;
import org.recourse.lookup.StatusView;
import org.recourse.platform.i18n.LanguageSwitch;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.platform.settings.PortalSettings;

/**
 * Backs the status page: a reference in, the report's timeline out. A reference that is not found gives the same
 * page whatever was typed (the field is not even filled in again), so the page cannot be used to tell references
 * apart; a typo is named beside the field.
 */
@Named
@RequestScoped
public class StatusPage {

    @Inject
    LookupGuard guard;

    @Inject
    StatusLookup lookup;

    @Inject
    PortalSettings settings;

    @Inject
    LanguageSwitch language;

    @Inject
    Clock clock;

    @Inject
    RequestContext request;

    @Inject
    org.recourse.appeals.ReporterReviewService reviews;

    private String asked;

    private String reference;
    private StatusView result;
    private boolean notFound;
    private String busy;
    private final FormErrors errors = new FormErrors();

    public String lookUp() {
        Messages messages = request.messages();
        LookupResult<ReportStatus> answer = guard.lookUp(reference, request.clientAddress(), lookup::find);
        if (answer instanceof LookupResult.Found<ReportStatus> found) {
            result = new StatusView(found.value(), settings, messages, clock.instant(),
                    found.value().hashSubmission() ? org.recourse.appeals.ReporterReview.NONE
                            : reviews.of(found.value().reference()));
            reference = result.reference();
        } else if (answer instanceof LookupResult.NotFound) {
            notFound = true;
            reference = null;
        } else if (answer instanceof LookupResult.Mistyped<ReportStatus> typo) {
            errors.addAll(List.of(FieldProblem.of("reference", typo.reason() == InvalidReferenceException.Reason.CHECK_FAILED
                    ? "status.error.checkFailed" : "status.error.malformed")), messages);
        } else if (answer instanceof LookupResult.Busy<ReportStatus> wait) {
            busy = messages.get("status.busy", Math.max(1, wait.retryAfter().toMinutes()));
        }
        return null;
    }

    /**
     * The reporter's one request for a second look: the reference passes the guard again (it is the only key), the
     * request is made once, and the page shows the status with the request in it.
     */
    public String askSecondLook() {
        LookupResult<ReportStatus> answer = guard.lookUp(reference, request.clientAddress(), lookup::find);
        if (answer instanceof LookupResult.Found<ReportStatus> found && !found.value().hashSubmission()
                && reviews.ask(found.value().reference())) {
            asked = request.messages().get("status.review.asked");
        }
        return lookUp();
    }

    public String getAsked() {
        return asked;
    }

    /** The language switch of a result: the same look-up again, in the other language. */
    public String lookUpIn(String tag) {
        language.switchTo(tag);
        return lookUp();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public StatusView getResult() {
        return result;
    }

    /** The result's heading before the reference ("Report "), so the page can keep the reference on one line. */
    public String getTitleBefore() {
        return titleParts()[0];
    }

    /** The result's heading after the reference (nothing in English and French today). */
    public String getTitleAfter() {
        return titleParts()[1];
    }

    private String[] titleParts() {
        String mark = "\u0000";
        String marked = request.messages().get("status.result.title", mark);
        int at = marked.indexOf(mark);
        return at < 0 ? new String[] {marked + " ", ""}
                : new String[] {marked.substring(0, at), marked.substring(at + mark.length())};
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getBusy() {
        return busy;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String notFoundText() {
        Messages messages = request.messages();
        return messages.get("status.notFound.text", settings.contactTeam(messages.locale()), settings.contactEmail());
    }
}
