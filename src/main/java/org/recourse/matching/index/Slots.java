package org.recourse.matching.index;

/**
 * A published, read-only view of the entries of a {@link StaticMultiIndex}: hashes (four longs a slot), ids and a live
 * bit per slot, in chunks of 8,192 slots. Slots {@code 0..count-1} are in use, dead ones included.
 *
 * <p>Chunks rather than one array, so that a view stays valid while the writer moves on: appending writes past
 * {@code count}, which this view never reads; reusing a dead slot copies its chunk first, so this view keeps the old
 * one. 8,192 slots make a 256 KB hash array, under half of G1's 1 MB region at this heap size: larger arrays would be
 * "humongous" and waste the rest of their last region. Live bits are cleared in place by a removal, which every view
 * sharing the chunk then sees; a query reads them only for a match, and the torn read of a long that the Java memory
 * model allows would still give each bit either its old or its new value.
 */
final class Slots {

    static final int CHUNK_BITS = 13;
    static final int CHUNK = 1 << CHUNK_BITS;
    static final int CHUNK_MASK = CHUNK - 1;
    static final int WORDS = 4;

    static final Slots EMPTY = new Slots(new long[0][], new long[0][], new long[0][], 0);

    final long[][] hashes;
    final long[][] ids;
    final long[][] live;
    final int count;

    Slots(long[][] hashes, long[][] ids, long[][] live, int count) {
        this.hashes = hashes;
        this.ids = ids;
        this.live = live;
        this.count = count;
    }

    long[] hashChunk(int slot) {
        return hashes[slot >>> CHUNK_BITS];
    }

    /** Where the slot's first word sits in its {@link #hashChunk}. */
    static int wordAt(int slot) {
        return (slot & CHUNK_MASK) * WORDS;
    }

    long id(int slot) {
        return ids[slot >>> CHUNK_BITS][slot & CHUNK_MASK];
    }

    boolean isLive(int slot) {
        return (live[slot >>> CHUNK_BITS][(slot & CHUNK_MASK) >>> 6] & (1L << slot)) != 0;
    }

    /** The live bits of slots {@code 0..count-1} as one bit set, fixed at this moment, for a table to be built from. */
    long[] liveBits() {
        long[] bits = new long[(count + 63) >>> 6];
        int wordsPerChunk = CHUNK >>> 6;
        for (int chunk = 0, at = 0; at < bits.length; chunk++, at += wordsPerChunk) {
            System.arraycopy(live[chunk], 0, bits, at, Math.min(wordsPerChunk, bits.length - at));
        }
        return bits;
    }
}
