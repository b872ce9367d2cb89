package org.recourse.matching.index;

/**
 * One substring's table: the entries hashed into buckets of one cache line each, so that reading a bucket is one
 * random memory access. Immutable once built.
 *
 * <p>A bucket is chosen by the substring's high {@code bucketBits} (about {@code log2(entries / 10)}: 5 to 10 entries a
 * bucket); each cell holds the slot in its high bits and the substring's remaining low bits in its low {@code lowBits}.
 * So the neighbour keys that differ only in the low bits cost no extra bucket (one scan checks them against the cells).
 *
 * <p>Bucket {@code b} is the 16 ints from {@code LINE_START + 16 b} of {@code lines}: a header, then up to 15 cells. The
 * header holds how many cells are in the line (low 4 bits), whether the bucket overflows (bit 4: then the line holds
 * 14 cells and, in its last int, where the rest start in {@code overflow}: there, a count and then the cells), and a
 * presence bit for each value of the cells' top (up to 4) low bits (bits 8 to 23). Most neighbour keys differ from the
 * query's in the full radius over the bucket bits and so must match its low bits exactly; their cells are not scanned
 * when the query's presence bit is clear (half the time or more at 10 million entries). A large array starts on a
 * region boundary in G1, and its elements 16 bytes after that, so starting the first line 12 ints in puts every line
 * on a cache line of its own. A query reads all its buckets' headers in a first pass, independent loads the processor
 * overlaps, and scans the lines, now in cache, in a second.
 */
final class SubstringTable {

    /** About 10 entries a bucket at most, so that few of them overflow their line. */
    static final double ENTRIES_PER_BUCKET = 10;
    /** Ints in a line: a header and {@link #CAPACITY} cells, or 14 cells and the overflow's position. */
    static final int LINE = 16;
    static final int CAPACITY = LINE - 1;
    private static final int COUNT_MASK = 0xF;
    private static final int OVERFLOWS = 1 << 4;
    private static final int PRESENCE_SHIFT = 8;
    private static final int PRESENCE_BITS = 4;
    /** Where the first line starts: 16 bytes of array header and 48 of padding make a cache line. */
    static final int LINE_START = 12;

    private final int lowBits;
    /** A cell's presence bit is its low bits shifted right by this. */
    private final int presenceShift;
    private final int bucketBits;
    private final int size;
    private final int[] lines;
    private final int[] overflow;
    /** Masks over the bucket bits within the radius, fewest bits first; {@code flipsEnd[a]} ends those with a bits. */
    private final int[] flips;
    private final int[] flipsEnd;

    private SubstringTable(int radius, int lowBits, int bucketBits, int size, int[] lines, int[] overflow) {
        this.lowBits = lowBits;
        this.presenceShift = Math.max(0, lowBits - PRESENCE_BITS);
        this.bucketBits = bucketBits;
        this.size = size;
        this.lines = lines;
        this.overflow = overflow;
        this.flipsEnd = new int[Math.min(radius, bucketBits) + 1];
        this.flips = flipsWithin(bucketBits, flipsEnd);
    }

    /**
     * Builds the table of substring {@code i} over the live slots of {@code slots} as given by {@code live} (fixed for
     * the build, so both passes see the same entries).
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
        int buckets = 1 << bucketBits;
        // First pass: how many entries each bucket has, and so how much overflow there is and where each bucket's goes.
        int[] counts = new int[buckets];
        for (int slot = 0; slot < slots.count; slot++) {
            if ((live[slot >>> 6] & (1L << slot)) != 0) {
                counts[layout.substring(slots.hashChunk(slot), Slots.wordAt(slot), i) >>> lowBits]++;
            }
        }
        int[] lines = new int[LINE_START + buckets * LINE];
        int spill = 0;
        int size = 0;
        for (int b = 0; b < buckets; b++) {
            size += counts[b];
            if (counts[b] > CAPACITY) {
                // The line's last int says where this bucket's overflow starts; counts[b] becomes its next free cell.
                int line = LINE_START + b * LINE;
                lines[line] = OVERFLOWS;
                lines[line + CAPACITY] = spill + 1;
                int extra = counts[b] - (CAPACITY - 1);
                counts[b] = spill;
                spill += 1 + extra;
            } else {
                counts[b] = -1;
            }
        }
        int[] overflow = new int[spill];
        // Second pass: the cells, the line first, then its overflow.
        int lowMask = (1 << lowBits) - 1;
        int presenceShift = Math.max(0, lowBits - PRESENCE_BITS);
        for (int slot = 0; slot < slots.count; slot++) {
            if ((live[slot >>> 6] & (1L << slot)) != 0) {
                int key = layout.substring(slots.hashChunk(slot), Slots.wordAt(slot), i);
                int bucket = key >>> lowBits;
                int cell = slot << lowBits | (key & lowMask);
                int line = LINE_START + bucket * LINE;
                int header = lines[line];
                int inLine = header & COUNT_MASK;
                if (inLine < ((header & OVERFLOWS) == 0 ? CAPACITY : CAPACITY - 1)) {
                    lines[line + 1 + inLine] = cell;
                    header++;
                } else {
                    int start = counts[bucket];
                    overflow[start + 1 + overflow[start]++] = cell;
                }
                lines[line] = header | 1 << (PRESENCE_SHIFT + ((key & lowMask) >>> presenceShift));
            }
        }
        return new SubstringTable(layout.radius(i), lowBits, bucketBits, size, lines, overflow);
    }

    /**
     * About {@code log2(entries / 10)} bucket bits, rounded up, but never so few that the slot and the low bits
     * overflow a cell, and never more than the substring has.
     */
    static int bucketBits(int length, int entries, int slots) {
        int slotBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, slots - 1)));
        int wanted = 32 - Integer.numberOfLeadingZeros(Math.max(0, (int) Math.ceil(entries / ENTRIES_PER_BUCKET) - 1));
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
        return size;
    }

    int flipCount() {
        return flips.length;
    }

    /** Bytes of the two arrays, for the benchmark's account of memory. */
    long bytes() {
        return 4L * lines.length + 4L * overflow.length;
    }

    int bucketBits() {
        return bucketBits;
    }

    /** How many buckets a query reads: the neighbour keys over the bucket bits. */
    int bucketsPerQuery() {
        return flips.length;
    }

    /**
     * Adds to {@code out} the slot of every entry whose substring is within {@code radius} (at most the table's own) of
     * {@code key}. In two passes, so that the memory reads of the first do not wait on each other: the header of every
     * bucket (which brings its line in), then the scans, in one loop per group of masks: the cells whose low bits are
     * within the slack left by the bucket's own flips. A cell is written and the count moved on only if it qualifies,
     * with arithmetic rather than a branch: whether a cell qualifies is a coin toss the processor cannot predict.
     */
    void collect(int key, int radius, QueryScratch scratch) {
        int high = key >>> lowBits;
        int low = key & ((1 << lowBits) - 1);
        int groups = Math.min(radius, flipsEnd.length - 1) + 1;
        int masks = flipsEnd[groups - 1];
        int[] lines = this.lines;
        int[] flips = this.flips;
        int cells = 0;
        for (int m = 0; m < masks; m++) {
            cells += lines[LINE_START + (high ^ flips[m]) * LINE] & COUNT_MASK;
        }
        IntList out = scratch.candidates();
        int[] found = out.reserve(cells);
        int n = out.size();
        int shift = lowBits;
        int lowMask = (1 << shift) - 1;
        int present = PRESENCE_SHIFT + (low >>> presenceShift);
        int m = 0;
        for (int set = 0; set < groups; set++) {
            int slack = radius - set;
            int end = flipsEnd[set];
            if (slack >= shift) {
                for (; m < end; m++) {
                    int line = LINE_START + (high ^ flips[m]) * LINE;
                    int header = lines[line];
                    for (int c = line + 1, stop = c + (header & COUNT_MASK); c < stop; c++) {
                        found[n++] = lines[c] >>> shift;
                    }
                    if ((header & OVERFLOWS) != 0) {
                        n = spilled(out, n, lines[line + CAPACITY], low, slack);
                        found = out.array();
                    }
                }
            } else if (slack == 0) {
                for (; m < end; m++) {
                    int line = LINE_START + (high ^ flips[m]) * LINE;
                    int header = lines[line];
                    // No cells to scan unless one has the query's presence bits: (count & -bit), without a branch.
                    int count = (header & COUNT_MASK) & -((header >>> present) & 1);
                    for (int c = line + 1, stop = c + count; c < stop; c++) {
                        int cell = lines[c];
                        found[n] = cell >>> shift;
                        // (differing low bits + lowMask) >>> shift is 0 exactly when no low bit differs.
                        n += 1 - ((((cell ^ low) & lowMask) + lowMask) >>> shift);
                    }
                    // The presence bits cover the overflow's cells too.
                    if ((header & OVERFLOWS) != 0 && ((header >>> present) & 1) != 0) {
                        n = spilled(out, n, lines[line + CAPACITY], low, slack);
                        found = out.array();
                    }
                }
            } else {
                for (; m < end; m++) {
                    int line = LINE_START + (high ^ flips[m]) * LINE;
                    int header = lines[line];
                    for (int c = line + 1, stop = c + (header & COUNT_MASK); c < stop; c++) {
                        int cell = lines[c];
                        found[n] = cell >>> shift;
                        n += 1 - ((slack - Integer.bitCount((cell ^ low) & lowMask)) >>> 31);
                    }
                    if ((header & OVERFLOWS) != 0) {
                        n = spilled(out, n, lines[line + CAPACITY], low, slack);
                        found = out.array();
                    }
                }
            }
        }
        out.setSize(n);
    }

    /** The few buckets with more than a line's worth: scans the overflow cells from {@code start} (plus one). */
    private int spilled(IntList out, int n, int start, int low, int slack) {
        int from = start;
        int to = from + overflow[start - 1];
        out.setSize(n);
        int[] found = out.reserve(to - from);
        int shift = lowBits;
        int lowMask = (1 << shift) - 1;
        for (int c = from; c < to; c++) {
            int cell = overflow[c];
            found[n] = cell >>> shift;
            n += 1 - ((slack - Integer.bitCount((cell ^ low) & lowMask)) >>> 31);
        }
        return n;
    }
}
