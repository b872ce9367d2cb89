package org.recourse.hotline.cybertip;

/**
 * A call to the CyberTipline that did not succeed, with what kind of failure it was: the outbox retries what may pass
 * later and gives up at once on what never will.
 */
public class CyberTipException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** Not reached, timed out, or an HTTP error status: may pass later. */
        UNAVAILABLE(true),
        /** 401: the credentials are wrong (or missing); passes once someone fixes the settings. */
        UNAUTHORIZED(true),
        /** The service answered with a non-zero responseCode. */
        REFUSED(false),
        /** The service's MD5 of an upload is not ours: the file was damaged on the way. */
        HASH_MISMATCH(true),
        /** The answer could not be read (not XML, too large, no responseCode). */
        BAD_ANSWER(true),
        /** Our XML is not valid against the schema: never sent. */
        INVALID(false);

        private final boolean transientFailure;

        Kind(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        public boolean isTransient() {
            return transientFailure;
        }
    }

    private final Kind kind;
    private final int code;

    public CyberTipException(Kind kind, int code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public CyberTipException(Kind kind, String message) {
        this(kind, -1, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The service's responseCode, or -1 when it gave none. */
    public int code() {
        return code;
    }

    /**
     * Whether trying again later may pass: not for a refusal of what we sent, except the service's own failures
     * (1000 to 1300: server error, save or upload failed, update failed).
     */
    public boolean isTransient() {
        return kind.isTransient() || (kind == Kind.REFUSED && code >= 1000 && code < 2000);
    }
}
