package org.recourse.matching.index;

/**
 * Multi-index hashing (Norouzi, Punjani and Fleet, 2012): the 256 bits are cut into 16 substrings of 16 bits, each
 * with its own table from substring value to the entries that have it. If two hashes are within {@code d} bits, then
 * by the pigeonhole principle at least one of their 16 substrings differs in at most {@code floor(d / 16)} bits, so a
 * query only has to look in the buckets within that radius of its own substrings (17 buckets per table at d = 31)
 * and check those candidates' full distance. At 10 million random entries that is some 40,000 candidates, against
 * 10 million for a scan.
 *
 * <p>Each bucket is an {@code int[]} of slots with its count in element 0, so the index costs 64 bytes an entry on top
 * of the store's 40, and no object per entry. Buckets grow by an eighth when full and are not shrunk on removal.
 *
 * <p>The sixteen tables of 65,536 buckets cost 4 MB before the first entry, and a query probes 16 x 17 buckets at
 * d = 31, which is no faster than comparing a thousand hashes one by one. So a small index (the delta of a rebuilt
 * index, a new installation's empty bank) has no tables and compares every entry; they are built from the entries
 * when the index first reaches {@link #INDEXED_FROM} entries (or at once when that many are expected) and kept from
 * then on. The answers are the same either way (docs/benchmarks.md, "Start-up and memory").
 */
public final class MultiIndexHashIndex extends LockedIndex {

    private static final int SUBSTRINGS = 16;
    private static final int SUBSTRING_BITS = 16;
    private static final int BUCKETS = 1 << SUBSTRING_BITS;

    /** From this many entries on, the tables are built and kept. */
    static final int INDEXED_FROM = 1_024;

    private final int radius;
    private final int[] neighbourMasks;
    private final int indexedFrom;
    private final int initialBucketCapacity;
    /** Null while the index is small (below {@link #indexedFrom} entries since it was made). */
    private int[][][] tables;

    public MultiIndexHashIndex() {
        this(DEFAULT_THRESHOLD, 0);
    }

    /** @param expectedSize how many entries to make room for up front (0 if unknown) */
    public MultiIndexHashIndex(int threshold, int expectedSize) {
        this(threshold, expectedSize, INDEXED_FROM);
    }

    /** @param indexedFrom from how many entries on the tables are built (0: from the start) */
    MultiIndexHashIndex(int threshold, int expectedSize, int indexedFrom) {
        super(threshold, expectedSize);
        this.radius = threshold / SUBSTRINGS;
        this.neighbourMasks = masksWithinRadius(radius);
        this.indexedFrom = indexedFrom;
        this.initialBucketCapacity = Math.max(4, expectedSize / BUCKETS);
        if (expectedSize >= indexedFrom) {
            tables = new int[SUBSTRINGS][BUCKETS][];
        }
    }

    /** Whether the tables are built (package-private for the tests). */
    boolean indexed() {
        return tables != null;
    }

    /** Every 16-bit mask with at most {@code radius} bits set, fewest bits first. */
    private static int[] masksWithinRadius(int radius) {
        return java.util.stream.IntStream.range(0, BUCKETS).filter(mask -> Integer.bitCount(mask) <= radius)
                .boxed().sorted(java.util.Comparator.comparingInt(Integer::bitCount)).mapToInt(Integer::intValue)
                .toArray();
    }

    /** Substring {@code s} (0..15) of a hash given as its four words: bits {@code 16s..16s+15}. */
    private static int substring(long word, int s) {
        return (int) (word >>> ((s & 3) * SUBSTRING_BITS)) & (BUCKETS - 1);
    }

    private int substringOf(int slot, int s) {
        return substring(store.word(slot, s >> 2), s);
    }

    @Override
    void added(int slot) {
        if (tables != null) {
            addToTables(slot);
        } else if (store.size() >= indexedFrom) {
            tables = new int[SUBSTRINGS][BUCKETS][];
            for (int each = 0; each < store.size(); each++) {
                addToTables(each);
            }
        }
    }

    private void addToTables(int slot) {
        for (int s = 0; s < SUBSTRINGS; s++) {
            append(s, substringOf(slot, s), slot);
        }
    }

    @Override
    void removing(int slot, int last) {
        if (tables == null) {
            return;
        }
        for (int s = 0; s < SUBSTRINGS; s++) {
            int[] bucket = tables[s][substringOf(slot, s)];
            int at = indexOf(bucket, slot);
            bucket[at] = bucket[bucket[0]];
            bucket[0]--;
        }
        if (slot != last) {
            for (int s = 0; s < SUBSTRINGS; s++) {
                int[] bucket = tables[s][substringOf(last, s)];
                bucket[indexOf(bucket, last)] = slot;
            }
        }
    }

    private void append(int s, int key, int slot) {
        int[] bucket = tables[s][key];
        if (bucket == null) {
            bucket = new int[1 + initialBucketCapacity];
            tables[s][key] = bucket;
        } else if (bucket[0] == bucket.length - 1) {
            int capacity = bucket.length - 1;
            bucket = java.util.Arrays.copyOf(bucket, 1 + capacity + Math.max(4, capacity >> 3));
            tables[s][key] = bucket;
        }
        bucket[++bucket[0]] = slot;
    }

    private static int indexOf(int[] bucket, int slot) {
        for (int i = 1; i <= bucket[0]; i++) {
            if (bucket[i] == slot) {
                return i;
            }
        }
        throw new IllegalStateException("Slot " + slot + " is missing from its bucket.");
    }

    @Override
    void search(long q0, long q1, long q2, long q3, MatchSink matches) {
        int threshold = threshold();
        if (tables == null) {
            searchAll(q0, q1, q2, q3, threshold, matches);
            return;
        }
        long[] query = {q0, q1, q2, q3};
        for (int s = 0; s < SUBSTRINGS; s++) {
            int key = substring(query[s >> 2], s);
            int[][] table = tables[s];
            for (int mask : neighbourMasks) {
                int[] bucket = table[key ^ mask];
                if (bucket != null) {
                    searchBucket(bucket, s, query, threshold, matches);
                }
            }
        }
    }

    private void searchAll(long q0, long q1, long q2, long q3, int threshold, MatchSink matches) {
        for (int slot = 0, size = store.size(); slot < size; slot++) {
            int distance = store.distanceUpTo(slot, q0, q1, q2, q3, threshold);
            if (distance <= threshold) {
                matches.accept(slot, distance);
            }
        }
    }

    private void searchBucket(int[] bucket, int s, long[] query, int threshold, MatchSink matches) {
        for (int i = 1, n = bucket[0]; i <= n; i++) {
            int slot = bucket[i];
            int distance = store.distanceUpTo(slot, query[0], query[1], query[2], query[3], threshold);
            if (distance <= threshold && !foundInEarlierTable(slot, s, query)) {
                matches.accept(slot, distance);
            }
        }
    }

    /** An entry near the query sits in several tables' buckets; it is reported from the first table that finds it. */
    private boolean foundInEarlierTable(int slot, int s, long[] query) {
        for (int earlier = 0; earlier < s; earlier++) {
            int differing = substringOf(slot, earlier) ^ substring(query[earlier >> 2], earlier);
            if (Integer.bitCount(differing) <= radius) {
                return true;
            }
        }
        return false;
    }
}
