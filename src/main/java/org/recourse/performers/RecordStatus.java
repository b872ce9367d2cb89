package org.recourse.performers;

import java.util.Locale;

/** A performer record's one move: in force, then withdrawn (for good; a new consent is a new record). */
public enum RecordStatus {
    IN_FORCE,
    WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
