package org.recourse.performers.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.recourse.intake.web.FormErrors;
import org.recourse.performers.Withdrawal;
import org.recourse.performers.WithdrawalAnswer;
import org.recourse.performers.WithdrawalGuard;
import org.recourse.platform.i18n.LanguageSwitch;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.settings.PortalSettings;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.platform.web.RequestContext;

/**
 * Backs the public consent-withdrawal page: the reference the platform gave the person in, the withdrawal and what
 * happens next out, by a plain POST (no script, no account, no proof). A reference no record has gives the same page
 * whatever was typed (the field is not filled in again), so the page cannot tell references apart; a reference not of
 * the right form is named beside the field.
 */
@Named
@RequestScoped
public class WithdrawPage {

    @Inject
    WithdrawalGuard guard;

    @Inject
    PortalSettings settings;

    @Inject
    LanguageSwitch language;

    @Inject
    RequestContext request;

    private String reference;
    private Withdrawal result;
    private boolean notFound;
    private String busy;
    private final FormErrors errors = new FormErrors();

    public String withdraw() {
        Messages messages = request.messages();
        WithdrawalAnswer answer = guard.withdraw(reference, request.clientAddress());
        if (answer instanceof WithdrawalAnswer.Done done) {
            result = done.withdrawal();
        } else if (answer instanceof WithdrawalAnswer.NotFound) {
            notFound = true;
            reference = null;
        } else if (answer instanceof WithdrawalAnswer.Mistyped) {
            errors.addAll(List.of(FieldProblem.of("reference", "consent.withdraw.error.malformed")), messages);
        } else if (answer instanceof WithdrawalAnswer.Busy wait) {
            busy = messages.get("consent.withdraw.busy", Math.max(1, wait.retryAfter().toMinutes()));
        }
        return null;
    }

    /** The language switch of a result: the same reference again (a withdrawal done says so again), in the other language. */
    public String withdrawIn(String tag) {
        language.switchTo(tag);
        return withdraw();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Withdrawal getResult() {
        return result;
    }

    /** When consent was withdrawn, in the reader's words. */
    public String withdrawnWhen() {
        return result == null ? null : request.messages().time(result.withdrawnAt());
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

    public List<PortalSettings.SupportOrganisation> supportOrganisations() {
        return settings.supportOrganisations(request.language());
    }

    public String notFoundText() {
        Messages messages = request.messages();
        return messages.get("consent.withdraw.notFound.text", settings.contactTeam(messages.locale()),
                settings.contactEmail());
    }
}
