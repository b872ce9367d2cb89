package org.recourse.contact.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.recourse.contact.ContactWithdrawal;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.settings.PortalSettings;
import org.recourse.platform.web.RequestContext;

/**
 * Backs the page behind "stop these emails". Opening the link only asks (mail scanners open links too); the
 * reporter's button, or their mail program's RFC 8058 one-click POST, deletes the address at once. Both are plain
 * POSTs to the same address, handled before the page is drawn.
 */
@Named
@RequestScoped
public class StopEmailsPage {

    /** What the page says. */
    public enum State {
        ASK, STOPPED, INVALID
    }

    @Inject
    ContactWithdrawal withdrawal;

    @Inject
    PortalSettings settings;

    @Inject
    RequestContext request;

    private String token;
    private State state = State.INVALID;

    public void handle() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        boolean post = "POST".equals(((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getMethod());
        boolean confirmed = "yes".equals(external.getRequestParameterMap().get("confirm"))
                || "One-Click".equals(external.getRequestParameterMap().get("List-Unsubscribe"));
        if (post && confirmed) {
            state = withdrawal.withdraw(token) ? State.STOPPED : State.INVALID;
        } else {
            state = withdrawal.isValid(token) ? State.ASK : State.INVALID;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getState() {
        return state.name();
    }

    public String invalidText() {
        Messages messages = request.messages();
        return messages.get("contact.invalid.text", settings.contactTeam(messages.locale()), settings.contactEmail());
    }
}
