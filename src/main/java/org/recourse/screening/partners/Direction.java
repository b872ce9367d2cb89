package org.recourse.screening.partners;

/** What flows in a partnership: this portal's signals out, the partner's in, or both. */
public enum Direction {
    EXPORT(true, false),
    IMPORT(false, true),
    BOTH(true, true);

    private final boolean exports;
    private final boolean imports;

    Direction(boolean exports, boolean imports) {
        this.exports = exports;
        this.imports = imports;
    }

    public boolean exports() {
        return exports;
    }

    public boolean imports() {
        return imports;
    }
}
