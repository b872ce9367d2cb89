package org.recourse.evidence.legal;

/** A record that exists but cannot be opened: shredded, or failing its verification (altered bytes or key). */
public class EvidenceUnavailableException extends RuntimeException {

    /** Why, each with the message key of its words. */
    public enum Reason {
        SHREDDED,
        FAILS_VERIFICATION;

        public String messageKey() {
            return "legal.unavailable." + name();
        }
    }

    private final Reason reason;

    public EvidenceUnavailableException(long recordId, Reason reason, Throwable cause) {
        super("Evidence record " + recordId + " cannot be opened: " + reason, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
