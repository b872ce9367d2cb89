package org.recourse.screening.index;

import java.util.Arrays;

/**
 * One substring's table in compressed sparse row form: the entries sorted into buckets with a counting sort, bucket
 * {@code b} being {@code entries[offset(b) .. offset(b + 1) - 1]}. Immutable once built.
 *
 * <p>A bucket is chosen by the substring's high {@code bucketBits} (about {@code log2(entries) - 4}: some 10 entries a
 * bucket); each cell of {@code entries} holds the slot in its high bits and the substring's remaining low bits in its
 * low {@code lowBits}. So the neighbour keys that differ only in the low bits cost no extra bucket (one scan checks
 * them against the cells), and the bucket array is 8 MB instead of the 64 MB one bucket per 24-bit value would need.
 *
 * <p>Each bucket is a {@code long}: its offset in the high half, and in the low half a presence bit for each value of
 * its cells' top (up to 5) low bits. Most neighbour keys differ from the query's in the full radius over the bucket
 * bits and so must match its low bits exactly; their bucket is skipped, without reading a cell, when the query's bit is
 * clear (about half the time at 10 million entries).
 */
final class SubstringTable {

    /** About 2^4 = 16 entries a bucket (10 at 10 million): see docs/benchmarks.md for the measurements behind it. */
    static final int ENTRIES_PER_BUCKET_BITS = 4;
    /** The presence bits of a bucket fill at most the low 32 bits of its long. */
    private static final int MAX_PRESENCE_BITS = 5;

    private final int lowBits;
    /** A cell's presence bit is its low bits shifted right by this. */
    private final int presenceShift;
    private final long[] buckets;
    private final int[] entries;
    /** Masks over the bucket bits within the radius, fewest bits first; {@code flipsEnd[a]} ends those with a bits. */
    private final int[] flips;
    private final int[] flipsEnd;

    private SubstringTable(int radius, int lowBits, long[] buckets, int[] entries) {
        this.lowBits = lowBits;
        this.presenceShift = Math.max(0, lowBits - MAX_PRESENCE_BITS);
        this.buckets = buckets;
        this.entries = entries;
        int bucketBits = Integer.numberOfTrailingZeros(buckets.length - 1);
        this.flipsEnd = new int[Math.min(radius, bucketBits) + 1];
        this.flips = flipsWithin(bucketBits, flipsEnd);
    }

    /**
     * Builds the table of substring {@code i} over the live slots of {@code slots} as given by {@code live} (fixed for
     * the build, so both passes of the counting sort see the same entries).
     */
    static SubstringTable build(SubstringLayout layout, int i, Slots slots, long[] live) {
        return build(layout, i, slots, live, bucketBits(layout.length(i), liveCount(live), slots.count));
    }

    private static int liveCount(long[] live) {
        int count = 0;
        for (long word : live) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** As {@link #build(SubstringLayout, int, Slots, long[])} with a given number of bucket bits. */
    static SubstringTable build(SubstringLayout layout, int i, Slots slots, long[] live, int bucketBits) {
        int lowBits = layout.length(i) - bucketBits;
        int[] next = new int[(1 << bucketBits) + 1];
        for (int slot = 0; slot < slots.count; slot++) {
            if ((live[slot >>> 6] & (1L << slot)) != 0) {
                next[(layout.substring(slots.hashChunk(slot), Slots.wordAt(slot), i) >>> lowBits) + 1]++;
            }
        }
        long[] buckets = new long[next.length];
        for (int b = 1; b < next.length; b++) {
            next[b] += next[b - 1];
            buckets[b] = (long) next[b] << 32;
        }
        // One cell more than the entries, so that warming the last cell of the last bucket stays in bounds.
        int[] entries = new int[next[next.length - 1] + 1];
        int lowMask = (1 << lowBits) - 1;
        int presenceShift = Math.max(0, lowBits - MAX_PRESENCE_BITS);
        for (int slot = 0; slot < slots.count; slot++) {
            if ((live[slot >>> 6] & (1L << slot)) != 0) {
                int key = layout.substring(slots.hashChunk(slot), Slots.wordAt(slot), i);
                int bucket = key >>> lowBits;
                entries[next[bucket]++] = slot << lowBits | (key & lowMask);
                buckets[bucket] |= 1L << ((key & lowMask) >>> presenceShift);
            }
        }
        return new SubstringTable(layout.radius(i), lowBits, buckets, entries);
    }

    /**
     * About {@code log2(entries) - 4} bucket bits, but never so few that the slot and the low bits overflow a cell, and
     * never more than the substring has.
     */
    static int bucketBits(int length, int entries, int slots) {
        int slotBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, slots - 1)));
        int wanted = 32 - Integer.numberOfLeadingZeros(Math.max(1, entries)) - ENTRIES_PER_BUCKET_BITS;
        int fewest = Math.max(1, length - (32 - slotBits));
        return Math.min(length, Math.max(fewest, wanted));
    }

    /** Every mask of {@code bits} bits with at most {@code end.length - 1} bits set, by Gosper's hack; fills end. */
    private static int[] flipsWithin(int bits, int[] end) {
        int[] masks = new int[(int) SubstringLayout.keysWithin(bits, end.length - 1)];
        int n = 0;
        masks[n++] = 0;
        end[0] = n;
        for (int set = 1; set < end.length; set++) {
            for (long mask = (1L << set) - 1; mask < (1L << bits); ) {
                masks[n++] = (int) mask;
                long lowest = mask & -mask;
                long ripple = mask + lowest;
                mask = ripple | (((mask ^ ripple) >>> 2) / lowest);
            }
            end[set] = n;
        }
        return masks;
    }

    int size() {
        return entries.length - 1;
    }

    int flipCount() {
        return flips.length;
    }

    /** Bytes of the two arrays, for the benchmark's account of memory. */
    long bytes() {
        return 8L * buckets.length + 4L * entries.length;
    }

    int bucketBits() {
        return Integer.numberOfTrailingZeros(buckets.length - 1);
    }

    /** How many buckets a query reads: the neighbour keys over the bucket bits. */
    int bucketsPerQuery() {
        return flips.length;
    }

    /**
     * Adds to {@code out} the slot of every entry whose substring is within {@code radius} (at most the table's own) of
     * {@code key}. In three passes,
     * so that the memory reads of one pass do not wait on each other: the bounds of every bucket (skipping those whose
     * presence bits rule them out), then a read of each remaining bucket's first and last cells (which brings its cache
     * lines in while the others are on their way), then the scans.
     */
    void collect(int key, int radius, QueryScratch scratch) {
        int high = key >>> lowBits;
        int low = key & ((1 << lowBits) - 1);
        int present = low >>> presenceShift;
        int groups = Math.min(radius, flipsEnd.length - 1) + 1;
        int masks = flipsEnd[groups - 1];
        // The masks with the full radius, whose buckets must match the low bits exactly; none if the radius exceeds the
        // bucket bits.
        int exactFrom = groups < radius + 1 ? masks : radius == 0 ? 0 : flipsEnd[radius - 1];
        int[] from = scratch.from(masks);
        int[] to = scratch.to();
        for (int m = 0; m < exactFrom; m++) {
            int bucket = high ^ flips[m];
            from[m] = (int) (buckets[bucket] >>> 32);
            to[m] = (int) (buckets[bucket + 1] >>> 32);
        }
        for (int m = exactFrom; m < masks; m++) {
            int bucket = high ^ flips[m];
            long start = buckets[bucket];
            int first = (int) (start >>> 32);
            // Empty unless the bucket has a cell with the query's presence bits: (length & -bit), without a branch.
            from[m] = first;
            to[m] = first + (((int) (buckets[bucket + 1] >>> 32) - first) & -((int) (start >>> present) & 1));
        }
        int touched = 0;
        int cells = 0;
        for (int m = 0; m < masks; m++) {
            int first = from[m];
            int last = to[m] - 1;
            cells += to[m] - first;
            // An empty bucket reads cell 0, which is in cache already.
            touched |= entries[first <= last ? first : 0] | entries[first <= last ? last : 0];
        }
        scratch.touched(touched);
        scan(from, to, low, radius, groups, cells, scratch.candidates());
    }

    /**
     * The scans, in one loop per group of masks: the cells whose low bits are within the slack left by the bucket's
     * own flips. A cell is written and the count moved on only if it qualifies, with arithmetic rather than a branch:
     * whether a cell qualifies is a coin toss the processor cannot predict.
     */
    private void scan(int[] from, int[] to, int low, int radius, int groups, int cells, IntList out) {
        int[] found = out.reserve(cells);
        int n = out.size();
        int shift = lowBits;
        int lowMask = (1 << shift) - 1;
        int m = 0;
        for (int set = 0; set < groups; set++) {
            int slack = radius - set;
            int end = flipsEnd[set];
            if (slack >= shift) {
                for (; m < end; m++) {
                    for (int c = from[m], stop = to[m]; c < stop; c++) {
                        found[n++] = entries[c] >>> shift;
                    }
                }
            } else if (slack == 0) {
                for (; m < end; m++) {
                    for (int c = from[m], stop = to[m]; c < stop; c++) {
                        int cell = entries[c];
                        found[n] = cell >>> shift;
                        // (differing low bits + lowMask) >>> shift is 0 exactly when no low bit differs.
                        n += 1 - ((((cell ^ low) & lowMask) + lowMask) >>> shift);
                    }
                }
            } else {
                for (; m < end; m++) {
                    for (int c = from[m], stop = to[m]; c < stop; c++) {
                        int cell = entries[c];
                        found[n] = cell >>> shift;
                        n += 1 - ((slack - Integer.bitCount((cell ^ low) & lowMask)) >>> 31);
                    }
                }
            }
        }
        out.setSize(n);
    }
}
