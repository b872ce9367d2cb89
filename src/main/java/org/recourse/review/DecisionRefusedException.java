package org.recourse.review;

/** A decision the rules do not allow this person to take; the message is a key of the resource bundle. */
public class DecisionRefusedException extends RuntimeException {

    public DecisionRefusedException(String messageKey) {
        super(messageKey);
    }
}
