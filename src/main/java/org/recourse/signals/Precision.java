package org.recourse.signals;

import java.util.OptionalInt;

/**
 * How often reviewers confirmed what one classifier's label flagged: items held, items decided, items confirmed
 * (removed or referred). Precision is confirmed over decided, in whole percent, and only once enough were decided to
 * say anything ({@code minDecided}); items still waiting count as flagged, not as decided.
 */
public record Precision(String classifier, String label, long flagged, long decided, long confirmed) {

    public Precision {
        if (flagged < 0 || decided < 0 || confirmed < 0 || decided > flagged || confirmed > decided) {
            throw new IllegalArgumentException("0 <= confirmed <= decided <= flagged, not " + confirmed + ", "
                    + decided + ", " + flagged);
        }
    }

    /** Confirmed over decided in whole percent, rounded half up; empty below {@code minDecided} decided items. */
    public OptionalInt percent(int minDecided) {
        if (decided == 0 || decided < minDecided) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) ((confirmed * 200 + decided) / (decided * 2)));
    }

    /** Flagged items no reviewer has decided yet. */
    public long waiting() {
        return flagged - decided;
    }
}
