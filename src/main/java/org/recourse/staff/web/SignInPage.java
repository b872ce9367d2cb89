package org.recourse.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.staff.SignInResult;
import org.recourse.staff.security.SignInAttempt;
import org.recourse.staff.security.StaffCredential;

/** Backs /staff/login: username, password and the authenticator code in one step. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext security;

    @Inject
    SignInAttempt attempt;

    @Inject
    org.recourse.staff.StaffService staff;

    @Inject
    RequestContext request;

    private String username;
    private String password;
    private String code;
    private String error;

    public String signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest servletRequest = (HttpServletRequest) external.getRequest();
        StaffCredential credential = new StaffCredential(username, password == null ? new char[0] : password.toCharArray(),
                code, request.clientAddress());
        AuthenticationStatus status = security.authenticate(servletRequest, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        password = null;
        code = null;
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        SignInResult result = attempt.result();
        if (status == AuthenticationStatus.SUCCESS && result != null) {
            staff.workIn(result.username(), request.language());
            external.redirect(external.getRequestContextPath()
                    + (result.outcome() == SignInResult.Outcome.SETUP ? "/staff/setup/" : "/staff/"));
            return null;
        }
        error = errorFor(result, request.messages());
        return null;
    }

    private static String errorFor(SignInResult result, Messages messages) {
        SignInResult.Outcome outcome = result == null ? SignInResult.Outcome.FAILED : result.outcome();
        return switch (outcome) {
            case WAIT -> messages.get("staff.signIn.wait", Math.max(1, result.retryAfter().toSeconds()));
            case BUSY -> messages.get("staff.signIn.busy");
            case EXPIRED -> messages.get("staff.signIn.expired");
            case CODE_USED -> messages.get("staff.signIn.codeUsed");
            default -> messages.get("staff.signIn.failed");
        };
    }

    public String getError() {
        return error;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
