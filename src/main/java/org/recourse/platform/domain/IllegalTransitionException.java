package org.recourse.platform.domain;

/** A status change that the state machine does not allow, e.g. reopening a closed case. */
public class IllegalTransitionException extends IllegalStateException {

    public IllegalTransitionException(String what, Enum<?> from, Enum<?> to) {
        super("A " + what + " cannot move from " + from + " to " + to + ".");
    }
}
