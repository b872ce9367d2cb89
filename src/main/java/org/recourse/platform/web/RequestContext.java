package org.recourse.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.i18n.RequestLanguage;
import org.recourse.platform.ratelimit.ClientAddress;
import org.recourse.platform.ratelimit.Submitter;

/**
 * What the backing beans, servlets and resources ask of the request they serve, each read by its one rule: the
 * messages in the request's language ({@link RequestLanguage}), the signed-in staff member, and the client
 * ({@link ForwardedHeaders}: no caller reads X-Forwarded-For itself).
 *
 * <p>The staff member is a username and the container's role check, not a domain type: the platform imports no
 * feature, so a feature builds its own (a reviewer with the strongest role it holds) from these two.
 */
@RequestScoped
public class RequestContext {

    @Inject
    HttpServletRequest request;

    @Inject
    ForwardedHeaders forwarded;

    @Inject
    RequestLanguage language;

    private ClientAddress address;

    public Locale language() {
        return language.locale();
    }

    /** The portal's messages in the request's language (asked again each time: a language switch may change it). */
    public Messages messages() {
        return language.messages();
    }

    /** The client, for counting: read once per request. */
    public ClientAddress clientAddress() {
        if (address == null) {
            address = forwarded.clientOf(request);
        }
        return address;
    }

    /** This client as the submitter of a report or a survivor's hashes, counted against the limit. */
    public Submitter submitter() {
        return Submitter.client(clientAddress());
    }

    /** The username of the signed-in staff member, if anyone is signed in. */
    public Optional<String> signedIn() {
        return Optional.ofNullable(request.getUserPrincipal()).map(Principal::getName);
    }

    /**
     * The username of the signed-in staff member, for pages and servlets that web.xml keeps to staff; refused when
     * nobody is signed in, which there means the constraint was taken away.
     */
    public String staffName() {
        return signedIn().orElseThrow(() -> new IllegalStateException("Nobody is signed in to this request"));
    }

    /** Whether the signed-in staff member holds a security role of web.xml ("MODERATOR", "SUPERVISOR", "ADMIN"). */
    public boolean hasRole(String role) {
        return request.isUserInRole(role);
    }
}
