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
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.Problem;
import org.recourse.staff.SignInResult;
import org.recourse.staff.StaffService;

/**
 * How staff are authenticated on every request. A sign-in (from /staff/login, through
 * {@code SecurityContext.authenticate}) is checked by the identity store; on success the caller's name and groups are
 * kept in the session, with the account's id and session version, and handed to the container again on each request,
 * with the groups given explicitly.
 *
 * <p>Each request of a session first compares the session version it signed in with against the account's own
 * (issue 11, finding 6): disabling the account, another role, a reset, a new password or second factor raises it, and
 * the next request of any older session, on any node, ends that session: pages go to the sign-in page, which says
 * why, the API answers 401 as problem+json. Nothing of the request is carried out.
 *
 * <p>This replaces Soteria's custom-form mechanism with its auto-applied session, which under concurrent requests
 * sometimes re-applied the caller without their groups (a spurious 403; Payara issue 6145). Unauthenticated requests
 * to protected pages are sent to the sign-in page, and to the protected API answered with 401.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = "recourse.staff.identity";
    /** Where a page request of an ended session is sent: the sign-in page says why. */
    static final String SIGNED_OUT_PAGE = "/staff/login?ended=true";

    /** Who is signed in to this session, and the version of their account it was signed in with. */
    record SessionIdentity(String name, Set<String> groups, long accountId, long sessionVersion)
            implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInAttempt attempt;

    @Inject
    StaffService staff;

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
            if (isCurrent(identity)) {
                return context.notifyContainerAboutLogin(identity.name(), identity.groups());
            }
            session.invalidate();
            return sessionEnded(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return context.responseUnauthorized();
        }
        return context.redirect(request.getContextPath() + "/staff/login");
    }

    /**
     * Whether the account is still as it was when this session signed in. Read from the database on every request,
     * never cached: a cache, even for seconds, would let a disabled moderator go on claiming and deciding for that
     * long, and on several nodes each would need to be told; the read is one primary-key lookup of a small table,
     * cheap beside the rest of a page.
     */
    private boolean isCurrent(SessionIdentity identity) {
        Optional<Long> version = staff.sessionVersion(identity.accountId());
        return version.isPresent() && version.get() == identity.sessionVersion();
    }

    private AuthenticationStatus sessionEnded(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (!context.isProtected()) {
            return context.doNothing(); // a public page: it goes on, for someone no longer signed in
        }
        String signInPage = request.getContextPath() + SIGNED_OUT_PAGE;
        try {
            if (isApi(request)) {
                Messages messages = Messages.in(Messages.of(request));
                write(response, HttpServletResponse.SC_UNAUTHORIZED, Problem.MEDIA_TYPE,
                        Problem.of(401, messages.get("staff.session.ended.title"),
                                messages.get("staff.session.ended.detail")).toJson().toString());
                return AuthenticationStatus.SEND_FAILURE;
            }
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // A JSF ajax request cannot follow a redirect itself: it is told where to go in its own answer.
                write(response, HttpServletResponse.SC_OK, "text/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<partial-response><redirect url=\"" + signInPage + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return context.redirect(signInPage);
    }

    private static void write(HttpServletResponse response, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body);
        response.flushBuffer();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        SignInResult signedIn = attempt.result();
        if (result.getStatus() != CredentialValidationResult.Status.VALID || signedIn == null) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.changeSessionId(); // a new session id at sign-in: no session fixation
        }
        request.getSession(true).setAttribute(SESSION_KEY, new SessionIdentity(result.getCallerPrincipal().getName(),
                Set.copyOf(result.getCallerGroups()), signedIn.accountId(), signedIn.sessionVersion()));
        return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(), result.getCallerGroups());
    }

    /**
     * Keeps this session signed in after its own member changed the account (their own new password): every other
     * session of the account ends, this one goes on with the account's new version.
     */
    public static void continueWith(HttpSession session, long sessionVersion) {
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SessionIdentity identity) {
            session.setAttribute(SESSION_KEY, new SessionIdentity(identity.name(), identity.groups(),
                    identity.accountId(), sessionVersion));
        }
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
