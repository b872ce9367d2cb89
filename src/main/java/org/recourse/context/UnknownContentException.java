package org.recourse.context;

/** The platform named content it never registered: nothing is screened or stored. */
public class UnknownContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownContentException() {
        super("No content with this id is registered.");
    }
}
