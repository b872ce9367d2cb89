package org.recourse.matching.text;

/** A rule that cannot be used as written; the message says what to change. */
public class InvalidRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidRuleException(String message) {
        super(message);
    }
}
