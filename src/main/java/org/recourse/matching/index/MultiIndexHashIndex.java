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
 */
public final class MultiIndexHashIndex extends LockedIndex {

    private static final int SUBSTRINGS = 16;
    private static final int SUBSTRING_BITS = 16;
    private static final int BUCKETS = 1 << SUBSTRING_BITS;

    private final int radius;
    private final int[] neighbourMasks;
    private final int[][][] tables = new int[SUBSTRINGS][BUCKETS][];
    private final int initialBucketCapacity;

    public MultiIndexHashIndex() {
        this(DEFAULT_THRESHOLD, 0);
    }

    /** @param expectedSize how many entries to make room for up front (0 if unknown) */
    public MultiIndexHashIndex(int threshold, int expectedSize) {
        super(threshold, expectedSize);
        this.radius = threshold / SUBSTRINGS;
        this.neighbourMasks = masksWithinRadius(radius);
        this.initialBucketCapacity = Math.max(4, expectedSize / BUCKETS);
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
        for (int s = 0; s < SUBSTRINGS; s++) {
            append(s, substringOf(slot, s), slot);
        }
    }

    @Override
    void removing(int slot, int last) {
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
        long[] query = {q0, q1, q2, q3};
        int threshold = threshold();
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
