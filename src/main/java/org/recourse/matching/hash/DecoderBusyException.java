package org.recourse.matching.hash;

import java.time.Duration;

/**
 * The node's decoding memory stayed taken by other pictures for longer than a request waits, or the decoder ran out
 * of memory all the same: the picture itself may be fine, and sending it again later will work.
 */
public class DecoderBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    DecoderBusyException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** When to try again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
