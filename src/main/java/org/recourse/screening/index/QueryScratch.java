package org.recourse.screening.index;

/**
 * One thread's reusable working memory for queries of {@link StaticMultiIndex}, so a query allocates nothing in
 * proportion to its work: the bucket bounds of the table being searched and its candidate slots.
 */
final class QueryScratch {

    private static final ThreadLocal<QueryScratch> OF_THREAD = ThreadLocal.withInitial(QueryScratch::new);

    private int[] from = new int[256];
    private int[] to = new int[256];
    private final IntList candidates = new IntList(4_096);
    private int[] radii = new int[16];
    /** Where the warming reads of {@link SubstringTable#collect} end up, so the compiler cannot drop them. */
    private int touched;

    static QueryScratch ofThisThread() {
        return OF_THREAD.get();
    }

    /** Room for the lower bounds of {@code buckets} buckets; {@link #to()} then has as much. */
    int[] from(int buckets) {
        if (from.length < buckets) {
            from = new int[buckets];
            to = new int[buckets];
        }
        return from;
    }

    int[] to() {
        return to;
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
