package org.recourse.screening.index;

/**
 * One substring's table in compressed sparse row form: the entries sorted by substring value with a counting sort,
 * {@code offsets[b] .. offsets[b + 1] - 1} being bucket {@code b}. Immutable once built.
 *
 * <p>A bucket is chosen by the substring's high {@code bucketBits}; each cell of {@code entries} holds the slot in its
 * high bits and the substring's remaining low bits in its low {@code lowBits}. With buckets of some 20 to 40 cells, the
 * offsets array is 1 MB instead of the 32 MB that one bucket per 23-bit value would need, and the neighbour keys that
 * differ only in the low bits cost no extra bucket: one scan of the bucket checks them all against the cells' low bits
 * without touching the hashes. At 10 million entries a cell is 4 bytes (24 bits of slot, 5 or 6 low bits).
 */
final class SubstringTable {

    /** About 2^4 = 16 entries a bucket (10 at 10 million): see docs/benchmarks.md for the measurements behind it. */
    static final int ENTRIES_PER_BUCKET_BITS = 4;

    private final int radius;
    private final int lowBits;
    private final int[] offsets;
    private final int[] entries;
    /** Masks over the bucket bits within the radius, fewest bits first; {@code flipsEnd[a]} ends those with a bits. */
    private final int[] flips;
    private final int[] flipsEnd;

    private SubstringTable(int radius, int lowBits, int[] offsets, int[] entries) {
        this.radius = radius;
        this.lowBits = lowBits;
        this.offsets = offsets;
        this.entries = entries;
        int bucketBits = Integer.numberOfTrailingZeros(offsets.length - 1);
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
        int entryCount = liveCount(live);
        int lowBits = layout.length(i) - bucketBits;
        int[] offsets = new int[(1 << bucketBits) + 1];
        long[] word = new long[Slots.WORDS];
        for (int slot = 0; slot < slots.count; slot++) {
            if ((live[slot >>> 6] & (1L << slot)) != 0) {
                offsets[(layout.substring(slots.hashChunk(slot), Slots.wordAt(slot), i) >>> lowBits) + 1]++;
            }
        }
        for (int b = 1; b < offsets.length; b++) {
            offsets[b] += offsets[b - 1];
        }
        int[] next = java.util.Arrays.copyOf(offsets, offsets.length - 1);
        // One cell more than the entries, so that reading the first cell of an empty last bucket stays in bounds.
        int[] entries = new int[entryCount + 1];
        int lowMask = (1 << lowBits) - 1;
        for (int slot = 0; slot < slots.count; slot++) {
            if ((live[slot >>> 6] & (1L << slot)) != 0) {
                int key = layout.substring(slots.hashChunk(slot), Slots.wordAt(slot), i);
                entries[next[key >>> lowBits]++] = slot << lowBits | (key & lowMask);
            }
        }
        return new SubstringTable(layout.radius(i), lowBits, offsets, entries);
    }

    /**
     * About {@code log2(entries) - 5} bucket bits, but never so few that the slot and the low bits overflow a cell, and
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
        return 4L * (offsets.length + entries.length);
    }

    int bucketBits() {
        return Integer.numberOfTrailingZeros(offsets.length - 1);
    }

    /** How many buckets a query reads: the neighbour keys over the bucket bits. */
    int bucketsPerQuery() {
        return flips.length;
    }

    /**
     * Adds to {@code out} the slot of every entry whose substring is within the radius of {@code key}. In three passes,
     * so that the memory reads of one pass do not wait on each other: the bounds of every bucket, then a read of each
     * bucket's first and last cells (which brings its cache lines in while the others are on their way), then the
     * scans.
     */
    void collect(int key, QueryScratch scratch) {
        int high = key >>> lowBits;
        int low = key & ((1 << lowBits) - 1);
        int[] from = scratch.from(flips.length);
        int[] to = scratch.to();
        for (int m = 0; m < flips.length; m++) {
            int bucket = high ^ flips[m];
            from[m] = offsets[bucket];
            to[m] = offsets[bucket + 1];
        }
        int touched = 0;
        for (int m = 0; m < flips.length; m++) {
            touched |= entries[from[m]] | entries[to[m]];
        }
        scratch.touched(touched);
        IntList out = scratch.candidates();
        int m = 0;
        for (int set = 0; set < flipsEnd.length; set++) {
            int slack = radius - set;
            for (int end = flipsEnd[set]; m < end; m++) {
                collectBucket(from[m], to[m], low, slack, out);
            }
        }
    }

    /**
     * The bucket's cells whose low bits are within {@code slack} of the query's. Each cell is written and the count
     * moved on only if it qualifies, with arithmetic rather than a branch: whether a cell qualifies is a coin toss the
     * processor cannot predict.
     */
    private void collectBucket(int from, int to, int low, int slack, IntList out) {
        int[] cells = out.reserve(to - from);
        int n = out.size();
        int shift = lowBits;
        if (slack >= shift) {
            for (int c = from; c < to; c++) {
                cells[n++] = entries[c] >>> shift;
            }
        } else if (slack == 0) {
            int lowMask = (1 << shift) - 1;
            for (int c = from; c < to; c++) {
                int cell = entries[c];
                cells[n] = cell >>> shift;
                // (differing low bits + lowMask) >>> shift is 0 exactly when no low bit differs.
                n += 1 - ((((cell ^ low) & lowMask) + lowMask) >>> shift);
            }
        } else {
            int lowMask = (1 << shift) - 1;
            for (int c = from; c < to; c++) {
                int cell = entries[c];
                cells[n] = cell >>> shift;
                n += 1 - ((slack - Integer.bitCount((cell ^ low) & lowMask)) >>> 31);
            }
        }
        out.setSize(n);
    }
}
