package org.recourse.matching.index;

/**
 * One thread's reusable working memory for queries of {@link StaticMultiIndex}, so a query allocates nothing in
 * proportion to its work: the candidate slots of the table being searched and the radius of each table.
 */
final class QueryScratch {

    private static final ThreadLocal<QueryScratch> OF_THREAD = ThreadLocal.withInitial(QueryScratch::new);

    private final IntList candidates = new IntList(4_096);
    private int[] radii = new int[16];
    /** Where the warming reads of the candidates' hashes end up, so the compiler cannot drop them. */
    private int touched;

    static QueryScratch ofThisThread() {
        return OF_THREAD.get();
    }

    /** Room for the radius this query searches each of {@code tables} tables with. */
    int[] radii(int tables) {
        if (radii.length < tables) {
            radii = new int[tables];
        }
        return radii;
    }

    IntList candidates() {
        return candidates;
    }

    void touched(int value) {
        touched ^= value;
    }
}
