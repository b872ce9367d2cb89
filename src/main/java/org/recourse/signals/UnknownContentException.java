package org.recourse.signals;

/** The signal names an item the platform never registered: nothing is stored. */
public class UnknownContentException extends RuntimeException {

    public UnknownContentException() {
        super("No registered item has this content id.");
    }
}
