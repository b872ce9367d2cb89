package org.recourse.screening.bans;

/** A ban or a lift the rules refuse (not a supervisor, no written reason); the message is a messages key. */
public class SanctionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SanctionRefusedException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
