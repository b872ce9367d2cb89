package org.recourse.staff.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * How staff are authenticated on every request. A sign-in (from /staff/login, through
 * {@code SecurityContext.authenticate}) is checked by the identity store; on success the caller's name and groups are
 * kept in the session and handed to the container again on each request, with the groups given explicitly.
 *
 * <p>This replaces Soteria's custom-form mechanism with its auto-applied session, which under concurrent requests
 * sometimes re-applied the caller without their groups (a spurious 403; Payara issue 6145). Unauthenticated requests
 * to protected pages are sent to the sign-in page, and to the protected API answered with 401.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = "recourse.staff.identity";

    /** Who is signed in to this session. */
    record SessionIdentity(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        SessionIdentity identity = session == null ? null : (SessionIdentity) session.getAttribute(SESSION_KEY);
        if (identity != null) {
            return context.notifyContainerAboutLogin(identity.name(), identity.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return context.responseUnauthorized();
        }
        return context.redirect(request.getContextPath() + "/staff/login");
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.changeSessionId(); // a new session id at sign-in: no session fixation
        }
        request.getSession(true).setAttribute(SESSION_KEY,
                new SessionIdentity(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(), result.getCallerGroups());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
