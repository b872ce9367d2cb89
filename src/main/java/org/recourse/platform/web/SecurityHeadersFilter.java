package org.recourse.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sets the security headers on every response. The content security policy allows nothing from anywhere but this
 * site and no inline script at all; public pages are built to work under it, with or without JavaScript.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    /** Whether the connection is HTTPS: believed from X-Forwarded-Proto only when a trusted proxy sent it. */
    @Inject
    ForwardedHeaders forwarded;

    /** The portal's .onion address, if it has one: Tor Browser then offers to switch to it. */
    @Inject
    @ConfigProperty(name = "recourse.onion-url")
    java.util.Optional<String> onionUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.forPath(pathOf(request)));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        if (forwarded.isHttps(request)) {
            // Both are ignored (and COOP is reported as an error) on plain-HTTP origins.
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        }
        onionUrl.filter(url -> !url.isBlank()).ifPresent(url -> response.setHeader("Onion-Location",
                OnionLocation.of(url, pathOf(request), request.getQueryString())));
        if (!isStaticResource(request)) {
            // A reporter may be on a shared computer: no page of theirs stays in a cache or in "back".
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = pathOf(request);
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
