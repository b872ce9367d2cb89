package org.recourse.clients.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.recourse.clients.ApiCaller;
import org.recourse.clients.ApiClients;
import org.recourse.clients.Scope;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.Problem;

/**
 * Checks the {@code Authorization: Bearer <key>} of a protected call: 401 for a missing, wrong or revoked key, 403
 * for a key without the scope, both as problem+json. The caller is left on the request for the resource.
 */
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    /** The request property where a resource finds the {@link ApiCaller}. */
    public static final String CALLER = "org.recourse.api-caller";
    private static final String CHALLENGE = "Bearer realm=\"recourse\"";

    private final Scope scope;
    /**
     * The key checker, looked up once: {@code CDI.current()} walks the caller's stack to find its bean manager, which
     * cost as much as the check itself on every call. The bean is application-scoped, so its proxy stays valid.
     */
    private volatile ApiClients keys;

    ApiKeyFilter(Scope scope) {
        this.scope = scope;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Messages messages = Messages.in(Messages.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse(request, 401, messages.get("api.error.key.missing.title"), messages.get("api.error.key.missing.detail"));
            return;
        }
        Optional<ApiCaller> caller = keys().authenticate(authorization.substring(7));
        if (caller.isEmpty()) {
            refuse(request, 401, messages.get("api.error.key.invalid.title"), messages.get("api.error.key.invalid.detail"));
            return;
        }
        if (!caller.get().may(scope)) {
            request.abortWith(Problem.of(403, messages.get("api.error.key.scope.title"),
                    messages.get("api.error.key.scope.detail", scope.code())).toResponse());
            return;
        }
        request.setProperty(CALLER, caller.get());
    }

    private ApiClients keys() {
        ApiClients current = keys;
        if (current == null) {
            current = CDI.current().select(ApiClients.class).get();
            keys = current;
        }
        return current;
    }

    private static void refuse(ContainerRequestContext request, int status, String title, String detail) {
        request.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problem.of(status, title, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
    }

    /** The caller a filter of this kind let through, for the resource method it guards. */
    public static ApiCaller callerOf(ContainerRequestContext request) {
        return (ApiCaller) request.getProperty(CALLER);
    }
}
