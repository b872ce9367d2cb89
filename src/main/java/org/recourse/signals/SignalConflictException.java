package org.recourse.signals;

/** The platform's signal id was used before with other details: nothing is stored, the first stands. */
public class SignalConflictException extends RuntimeException {

    private final long existingId;

    public SignalConflictException(long existingId) {
        super("This signal id was sent before with other details.");
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}
