package org.recourse.platform.ratelimit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, for counting only (it is hashed at once and never stored): the connection's
 * peer, or the first X-Forwarded-For hop when the portal is told to trust its own proxy.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, boolean trustForwardedHeaders) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (trustForwardedHeaders && forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return request.getRemoteAddr();
    }
}
