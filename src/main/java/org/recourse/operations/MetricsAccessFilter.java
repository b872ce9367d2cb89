package org.recourse.operations;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.Problem;

/**
 * Guards /metrics ({@link MetricsAccess} says who may read it). Payara Micro serves its metrics inside the application
 * at the root context, so this application's filters see those requests. /health is left open on purpose: load
 * balancers and orchestrators ask it without credentials to decide whether to send traffic here, and it says only
 * UP or DOWN with backlog counts.
 */
@WebFilter(filterName = "metricsAccess", urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsAccessFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "recourse.metrics.token")
    Optional<String> token;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean forwarded = request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null
                || request.getHeader("X-Real-IP") != null;
        switch (MetricsAccess.decide(token, request.getHeader("Authorization"), request.getRemoteAddr(), forwarded)) {
            case SERVE -> chain.doFilter(request, response);
            case UNAUTHORIZED -> {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
                refuse(request, response, 401, "api.error.metrics.token");
            }
            default -> refuse(request, response, 404, "api.error.metrics.local");
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        Messages messages = Messages.in(Messages.of(request));
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problem.of(status, messages.get(key + ".title"), messages.get(key + ".detail"))
                .toJson().toString());
    }
}
