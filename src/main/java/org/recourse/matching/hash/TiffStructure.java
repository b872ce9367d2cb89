package org.recourse.matching.hash;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * What a TIFF's directories declare, read before TwelveMonkeys' reader sees the file, which parses every directory (each
 * page, and the EXIF, GPS and sub-image directories they point to) into objects before it decodes a pixel. A file of
 * 16 MB can chain a million tiny directories, point thousands of directories at one block of 65,535 entries, or declare
 * a value count of billions; each costs a parse here of at most {@link #MAX_DIRECTORIES} directories of a few bytes
 * each, and no allocation but the queue of their offsets.
 *
 * @param directories directories found, pages and the ones they point to (stops counting one past the limit)
 * @param entries entries in them, all together (stops counting past {@link #MAX_ENTRIES})
 * @param largestCount the largest value count of any entry
 * @param compression the first page's Compression (1 when absent)
 * @param photometric the first page's PhotometricInterpretation (-1 when absent)
 * @param bitsPerSample the first page's first BitsPerSample (1 when absent)
 * @param sampleFormat the first page's SampleFormat (1, unsigned integers, when absent)
 */
record TiffStructure(int directories, int entries, long largestCount, int compression, int photometric,
        int bitsPerSample, int sampleFormat) {

    /** Pages and the directories they point to: multi-page scans have tens, and only the first page is hashed. */
    static final int MAX_DIRECTORIES = 64;
    /** Entries of all directories together: a page has 10 to 30, an EXIF directory a few dozen more. */
    static final int MAX_ENTRIES = 4096;
    /** Values of one entry: strip or tile offsets of a large picture (a 50-megapixel one in 16-pixel tiles: 195,313). */
    static final long MAX_VALUES = 1L << 20;
    /** Compressions decoded: none, LZW, Deflate (both codes), PackBits. */
    private static final Set<Integer> COMPRESSIONS = Set.of(1, 5, 8, 32946, 32773);
    /** White-is-zero and black-is-zero grey, RGB, palette, CMYK (absent: the reader decides, and may fail). */
    private static final Set<Integer> PHOTOMETRICS = Set.of(0, 1, 2, 3, 5);
    private static final Set<Integer> BITS = Set.of(1, 2, 4, 8, 16);
    /** SubIFDs, EXIF, GPS and interoperability directories: TwelveMonkeys follows each of them. */
    private static final Set<Integer> POINTERS = Set.of(330, 34665, 34853, 40965);

    /**
     * Whether the first page is of a kind that is decoded; {@code null} if so, what it is otherwise. A value that
     * could not be read (-1: the file is cut short) is left to the reader, which then fails on it.
     */
    String refusedKind() {
        if (compression != -1 && !COMPRESSIONS.contains(compression)) {
            return "TIFF (compression " + compression + ")";
        }
        if (photometric != -1 && !PHOTOMETRICS.contains(photometric)) {
            return "TIFF (photometric " + photometric + ")";
        }
        if (bitsPerSample != -1 && !BITS.contains(bitsPerSample) || sampleFormat != 1 && sampleFormat != -1) {
            return "TIFF (" + bitsPerSample + "-bit samples, format " + sampleFormat + ")";
        }
        return null;
    }

    /** Reads the directories of a classic TIFF ({@code II*\0} or {@code MM\0*}); garbled bytes give some answer. */
    static TiffStructure of(byte[] bytes) {
        if (bytes.length < 8) {
            return new TiffStructure(0, 0, 0, 1, -1, 1, 1);
        }
        Walk walk = new Walk(bytes, bytes[0] == 'I');
        walk.queue.add(walk.u32(4));
        while (!walk.queue.isEmpty() && walk.directories <= MAX_DIRECTORIES && walk.entries <= MAX_ENTRIES) {
            walk.directory(walk.queue.poll());
        }
        return new TiffStructure(walk.directories, walk.entries, walk.largestCount, walk.compression,
                walk.photometric, walk.bits, walk.sampleFormat);
    }

    /** One pass over the directories, breadth first, each visited once. */
    private static final class Walk {
        private final byte[] bytes;
        private final boolean little;
        private final Deque<Long> queue = new ArrayDeque<>();
        private final Set<Long> seen = new HashSet<>();
        private int directories;
        private int entries;
        private long largestCount;
        private int compression = 1;
        private int photometric = -1;
        private int bits = 1;
        private int sampleFormat = 1;

        Walk(byte[] bytes, boolean little) {
            this.bytes = bytes;
            this.little = little;
        }

        void directory(long offset) {
            if (offset < 8 || offset + 2 > bytes.length || !seen.add(offset)) {
                return;
            }
            boolean first = directories == 0;
            directories++;
            int count = u16((int) offset);
            entries += count;
            for (int i = 0; i < count && entries <= MAX_ENTRIES; i++) {
                int entry = (int) offset + 2 + 12 * i;
                if (entry + 12 > bytes.length) {
                    return;
                }
                entry(entry, first);
            }
            int next = (int) offset + 2 + 12 * count;
            if (next + 4 <= bytes.length) {
                queue.add(u32(next));
            }
        }

        private void entry(int at, boolean first) {
            int tag = u16(at);
            int type = u16(at + 2);
            long count = u32(at + 4);
            largestCount = Math.max(largestCount, count);
            if (first) {
                switch (tag) {
                    case 259 -> compression = (int) firstValue(at, type, count);
                    case 262 -> photometric = (int) firstValue(at, type, count);
                    case 258 -> bits = (int) firstValue(at, type, count);
                    case 339 -> sampleFormat = (int) firstValue(at, type, count);
                    default -> { }
                }
            }
            if (POINTERS.contains(tag) && count >= 1) {
                long pointers = Math.min(count, MAX_DIRECTORIES + 1L);
                for (int i = 0; i < pointers; i++) {
                    long value = value(at, type, count, i);
                    if (value >= 0) {
                        queue.add(value);
                    }
                }
            }
        }

        private long firstValue(int at, int type, long count) {
            return count < 1 ? -1 : value(at, type, count, 0);
        }

        /** The {@code index}-th value of an entry of SHORT, LONG or IFD type, inline or at its offset; -1 if none. */
        private long value(int at, int type, long count, int index) {
            int size = switch (type) {
                case 3 -> 2;
                case 4, 13 -> 4;
                default -> 0;
            };
            if (size == 0) {
                return -1;
            }
            long where = size * count <= 4 ? at + 8L : u32(at + 8);
            where += (long) size * index;
            if (where + size > bytes.length) {
                return -1;
            }
            return size == 2 ? u16((int) where) : u32((int) where);
        }

        int u16(int at) {
            return little ? Signatures.u16le(bytes, at) : Signatures.u16be(bytes, at);
        }

        long u32(int at) {
            return little ? Signatures.u32le(bytes, at) : Signatures.u32be(bytes, at);
        }
    }
}
