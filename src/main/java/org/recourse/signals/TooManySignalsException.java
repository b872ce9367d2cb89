package org.recourse.signals;

/** The item already has {@link SignalService#MAX_PER_ITEM} signals: a runaway classifier is stopped there. */
public class TooManySignalsException extends RuntimeException {

    public TooManySignalsException() {
        super("This item has as many signals as it may keep.");
    }
}
