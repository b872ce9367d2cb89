package org.recourse.platform.rest;

import java.io.IOException;

/** Thrown by a request's body stream (platform.web.LimitedBody) once more bytes arrive than its address takes. */
public class BodyLimitExceeded extends IOException {

    private final long limit;

    public BodyLimitExceeded(long limit) {
        super("The request body is larger than the " + limit + " bytes this address takes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** Whether this exception, or any cause of it, is a body over its limit (JSF and JAX-RS wrap what they meet). */
    public static boolean isIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BodyLimitExceeded) {
                return true;
            }
        }
        return false;
    }
}
