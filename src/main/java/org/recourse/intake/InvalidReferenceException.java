package org.recourse.intake;

/** Input that is not a reference number; the reason tells a typo from something else entirely. */
public class InvalidReferenceException extends IllegalArgumentException {

    /** Why the input was refused. */
    public enum Reason {
        /** Wrong length or symbols that never appear in a reference. */
        MALFORMED,
        /** Looks like a reference but the check symbol does not match: almost certainly a typo. */
        CHECK_FAILED
    }

    private final Reason reason;

    public InvalidReferenceException(Reason reason) {
        super(reason == Reason.CHECK_FAILED
                ? "The reference has a typo: its check symbol does not match."
                : "That is not a reference number.");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
