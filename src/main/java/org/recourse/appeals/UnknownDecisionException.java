package org.recourse.appeals;

/** No decision with that id is about the content named: nothing to appeal (the API names the field). */
public class UnknownDecisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownDecisionException() {
        super("No such decision on that content");
    }
}
