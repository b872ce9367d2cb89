package org.recourse.matching.index;

/**
 * When {@link StaticMultiIndex} folds its delta into the static tables: once the delta holds more than
 * {@code minimumDelta} entries and more than {@code 1 / fractionDivisor} of the indexed ones. The delta is a
 * {@link MultiIndexHashIndex}, about a tenth of the static tables' speed per entry, so at 1/32 (3%) it adds at most
 * about 40% to a query's candidates just before a rebuild. Past {@code stallFactor} times that size, additions wait
 * for the rebuild rather than let the delta, at 120 bytes an entry, outgrow the heap.
 */
record RebuildPolicy(int minimumDelta, int fractionDivisor, int stallFactor) {

    static final RebuildPolicy DEFAULT = new RebuildPolicy(4_096, 32, 4);

    RebuildPolicy {
        if (minimumDelta < 1 || fractionDivisor < 1 || stallFactor < 1) {
            throw new IllegalArgumentException("A rebuild policy needs positive numbers.");
        }
    }

    /** The delta size that starts a rebuild in the background. */
    int limit(int indexed) {
        return Math.max(minimumDelta, indexed / fractionDivisor);
    }

    /** The delta size at which an addition waits for the rebuild. */
    int stall(int indexed) {
        return stallFactor * limit(indexed);
    }
}
