package org.recourse.matching.index;

/**
 * Compares the query with every stored hash. Exact by construction, so the tests check the multi-index against it; at
 * 10 million entries a query streams 320 MB of hashes from memory (see docs/benchmarks.md).
 */
public final class BruteForceIndex extends LockedIndex {

    public BruteForceIndex() {
        this(DEFAULT_THRESHOLD, 0);
    }

    /** @param expectedSize how many entries to make room for up front (0 if unknown) */
    public BruteForceIndex(int threshold, int expectedSize) {
        super(threshold, expectedSize);
    }

    @Override
    void added(int slot) {
        // Nothing beyond the store.
    }

    @Override
    void removing(int slot, int last) {
        // Nothing beyond the store.
    }

    @Override
    void search(long q0, long q1, long q2, long q3, MatchSink matches) {
        long[] words = store.hashWords();
        int threshold = threshold();
        int size = store.size();
        for (int slot = 0, at = 0; slot < size; slot++, at += 4) {
            int distance = Long.bitCount(words[at] ^ q0) + Long.bitCount(words[at + 1] ^ q1)
                    + Long.bitCount(words[at + 2] ^ q2) + Long.bitCount(words[at + 3] ^ q3);
            if (distance <= threshold) {
                matches.accept(slot, distance);
            }
        }
    }
}
