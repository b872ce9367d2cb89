package org.recourse.triage;

/**
 * What limits the imagery a reviewer is offered next: nothing, the day's cap of exposure, or a break due after a
 * stretch. Under a limit, "take next" offers only cases without imagery.
 */
public enum ImageryLimit {
    NONE,
    DAILY_CAP,
    BREAK_DUE;

    public boolean imageryAllowed() {
        return this == NONE;
    }
}
