package org.recourse.matching.index;

import java.util.Comparator;

/** A stored entry within the threshold of a query: its id and its Hamming distance to the query. */
public record PdqMatch(long id, int distance) {

    /** Nearest first; among equally near entries the lowest id, so every index orders its answers the same way. */
    public static final Comparator<PdqMatch> NEAREST_FIRST =
            Comparator.comparingInt(PdqMatch::distance).thenComparingLong(PdqMatch::id);

    public PdqMatch {
        if (distance < 0 || distance > 256) {
            throw new IllegalArgumentException("A PDQ distance runs from 0 to 256, not " + distance + ".");
        }
    }
}
