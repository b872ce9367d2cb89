package org.recourse.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.staff.StaffAccount;
import org.recourse.staff.StaffService;
import org.recourse.staff.Totp;
import org.recourse.staff.WeakPasswordException;
import org.recourse.staff.security.StaffAuthenticationMechanism;

/**
 * Backs /staff/setup/: first a new password (when the account still has a one-time one), then the second factor.
 * The pending secret lives in the session until a code made with it is typed back; then the person signs in again.
 */
@Named
@RequestScoped
public class SetupPage {

    static final String PENDING_SECRET = "recourse.staff.pendingTotpSecret";

    @Inject
    StaffService staff;

    @Inject
    RequestContext request;

    private StaffAccount account;
    private String newPassword;
    private String repeatPassword;
    private String code;
    private String error;

    private StaffAccount account() {
        if (account == null) {
            account = staff.find(request.staffName()).orElseThrow();
        }
        return account;
    }

    public boolean isPasswordStep() {
        return account().mustChangePassword();
    }

    public boolean isSecondFactorStep() {
        return !account().mustChangePassword() && account().totpSecret() == null;
    }

    public String getUsername() {
        return account().username();
    }

    /** The secret to enrol, in groups of four for typing into an app by hand. */
    public String getSecret() {
        return pendingSecret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    private String pendingSecret() {
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        return (String) session.computeIfAbsent(PENDING_SECRET, key -> Totp.newSecret());
    }

    public String changePassword() throws IOException {
        Messages messages = request.messages();
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            error = messages.get("staff.error.password.mismatch");
            return null;
        }
        try {
            long sessionVersion = staff.changePassword(account().username(), newPassword.toCharArray());
            // The new password ends the account's other sessions; this one, which chose it, goes on.
            StaffAuthenticationMechanism.continueWith(
                    ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                            .getSession(false), sessionVersion);
        } catch (WeakPasswordException e) {
            error = messages.get(e.getMessage());
            return null;
        }
        redirect("/staff/setup/");
        return null;
    }

    public String enrol() throws IOException, ServletException {
        if (!staff.enrol(account().username(), pendingSecret(), code)) {
            error = request.messages().get("staff.error.code");
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        redirect("/staff/login?enrolled=true");
        return null;
    }

    private static void redirect(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }

    public String getError() {
        return error;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
