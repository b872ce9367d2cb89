package org.recourse.screening.staydown;

import java.time.Duration;

/**
 * This node's stay-down index is still being read from the database (at start): a screening is refused with
 * {@code 503} and {@code Retry-After} rather than answered against part of the banks or queued behind the load.
 */
public class IndexLoadingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public IndexLoadingException(Duration retryAfter) {
        super("The stay-down index is loading; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** How long the caller should wait before sending the screening again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
